package io.github.dockerdsl.mount;

import io.github.dockerdsl.image.SourceRef;
import io.github.dockerdsl.internal.Checks;
import io.github.dockerdsl.instruction.FileMode;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code --mount=type=cache}: a directory kept between builds, for package-manager caches.
 *
 * @param target the cache directory
 * @param id the cache's identity; the target when empty
 * @param sharing how concurrent builds share it; shared when empty
 * @param from a stage, image or context to seed the cache from
 * @param source the path inside {@code from}
 * @param readOnly whether the RUN may only read it
 * @param mode the directory's mode (default 0755)
 * @param uid the directory's owner (default 0)
 * @param gid the directory's group (default 0)
 */
public record CacheMount(String target, Optional<String> id, Optional<Sharing> sharing, Optional<SourceRef> from,
    Optional<String> source, boolean readOnly, Optional<FileMode> mode, Optional<Integer> uid,
    Optional<Integer> gid) implements Mount {
  /** Checks every option. */
  public CacheMount {
    Mount.checkTarget(target, "cache");
    if (Objects.requireNonNull(id, "id == null").isPresent()) {
      Mount.checkOption(id.get(), "id");
    }
    Objects.requireNonNull(sharing, "sharing == null");
    if (Objects.requireNonNull(from, "from == null").isPresent()) {
      Mount.checkOption(from.get().reference(), "from");
      Checks.checkFromImage(from.get(), "cache mount from=");
    }
    if (Objects.requireNonNull(source, "source == null").isPresent()) {
      Mount.checkOption(source.get(), "source");
    }
    if (Objects.requireNonNull(mode, "mode == null").isPresent() && mode.get().isSymbolic()) {
      throw new IllegalArgumentException(String.format(
          "cache mount mode '%s' is symbolic; mount modes are octal, such as 0755", mode.get()));
    }
    Mount.checkId(uid, "uid");
    Mount.checkId(gid, "gid");
  }

  /** A shared cache at {@code target}. */
  public static CacheMount of(String target) {
    return new CacheMount(target, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false,
        Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** A copy with an explicit cache id, so several targets or stages can share one cache. */
  public CacheMount withId(String newId) {
    return new CacheMount(target, Optional.of(newId), sharing, from, source, readOnly, mode, uid, gid);
  }

  /** A copy with a sharing mode. */
  public CacheMount withSharing(Sharing newSharing) {
    return new CacheMount(target, id, Optional.of(newSharing), from, source, readOnly, mode, uid, gid);
  }

  /**
   * A copy seeded from a stage, image or context.
   *
   * @throws IllegalArgumentException for an image that is a bare name ({@link
   *     io.github.dockerdsl.image.ImageRef#isBareName()}), which BuildKit reads as a stage or context
   */
  public CacheMount withFrom(SourceRef ref) {
    return new CacheMount(target, id, sharing, Optional.of(ref), source, readOnly, mode, uid, gid);
  }

  /** A copy seeded from {@code path} inside {@code from}. */
  public CacheMount withSource(String path) {
    return new CacheMount(target, id, sharing, from, Optional.of(path), readOnly, mode, uid, gid);
  }

  /** A read-only copy. */
  public CacheMount withReadOnly() {
    return new CacheMount(target, id, sharing, from, source, true, mode, uid, gid);
  }

  /** A copy with the directory's mode. */
  public CacheMount withMode(FileMode newMode) {
    return new CacheMount(target, id, sharing, from, source, readOnly, Optional.of(newMode), uid, gid);
  }

  /** A copy owned by {@code uid:gid}, for caches used by a non-root user. */
  public CacheMount withOwner(int newUid, int newGid) {
    return new CacheMount(target, id, sharing, from, source, readOnly, mode, Optional.of(newUid), Optional.of(newGid));
  }

  @Override
  public Optional<String> targetPath() {
    return Optional.of(target);
  }
}
