package io.github.dockerdsl.mount;

import io.github.dockerdsl.image.SourceRef;
import io.github.dockerdsl.internal.Checks;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code --mount=type=bind}: files from the context, a stage or an image, read-only unless {@code readWrite}.
 *
 * @param target where the files appear
 * @param source the path inside the source; its root when empty
 * @param from the stage, image or context to read; the build context when empty
 * @param readWrite whether writes are allowed (they are discarded after the RUN)
 */
public record BindMount(String target, Optional<String> source, Optional<SourceRef> from, boolean readWrite)
    implements Mount {
  /** Checks every option. */
  public BindMount {
    Mount.checkTarget(target, "bind");
    if (Objects.requireNonNull(source, "source == null").isPresent()) {
      Mount.checkOption(source.get(), "source");
    }
    if (Objects.requireNonNull(from, "from == null").isPresent()) {
      Mount.checkOption(from.get().reference(), "from");
      Checks.checkFromImage(from.get(), "bind mount from=");
    }
  }

  /** Binds the whole build context at {@code target}. */
  public static BindMount of(String target) {
    return new BindMount(target, Optional.empty(), Optional.empty(), false);
  }

  /** A copy reading {@code path} from the source. */
  public BindMount withSource(String path) {
    return new BindMount(target, Optional.of(path), from, readWrite);
  }

  /**
   * A copy reading from a stage, image or named context.
   *
   * @throws IllegalArgumentException for an image that is a bare name ({@link
   *     io.github.dockerdsl.image.ImageRef#isBareName()}), which BuildKit reads as a stage or context
   */
  public BindMount withFrom(SourceRef ref) {
    return new BindMount(target, source, Optional.of(ref), readWrite);
  }

  /** A copy that allows (discarded) writes. */
  public BindMount withReadWrite() {
    return new BindMount(target, source, from, true);
  }

  @Override
  public Optional<String> targetPath() {
    return Optional.of(target);
  }
}
