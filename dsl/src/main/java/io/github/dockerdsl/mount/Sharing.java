package io.github.dockerdsl.mount;

/** How concurrent builds share a cache mount. */
public enum Sharing {
  /** Concurrent writers share the cache (the default). */
  SHARED,
  /** Each writer gets its own copy when one is in use. */
  PRIVATE,
  /** Writers wait for each other; safest for apt. */
  LOCKED
}
