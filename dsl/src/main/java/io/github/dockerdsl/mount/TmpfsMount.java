package io.github.dockerdsl.mount;

import java.util.Objects;
import java.util.Optional;

/**
 * {@code --mount=type=tmpfs}: an in-memory directory for one RUN.
 *
 * @param target the mount point
 * @param sizeBytes the size limit in bytes; unlimited when empty
 */
public record TmpfsMount(String target, Optional<Long> sizeBytes) implements Mount {
  /** Checks the target and size. */
  public TmpfsMount {
    Mount.checkTarget(target, "tmpfs");
    if (Objects.requireNonNull(sizeBytes, "sizeBytes == null").isPresent() && sizeBytes.get() <= 0) {
      throw new IllegalArgumentException(String.format("tmpfs size '%d' is not positive; give a size in bytes",
          sizeBytes.get()));
    }
  }

  /** An unlimited tmpfs at {@code target}. */
  public static TmpfsMount of(String target) {
    return new TmpfsMount(target, Optional.empty());
  }

  /** A copy with a size limit in bytes. */
  public TmpfsMount withSize(long bytes) {
    return new TmpfsMount(target, Optional.of(bytes));
  }

  @Override
  public Optional<String> targetPath() {
    return Optional.of(target);
  }
}
