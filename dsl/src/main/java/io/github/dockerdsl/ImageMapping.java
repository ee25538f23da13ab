package io.github.dockerdsl;

import io.github.dockerdsl.image.ImageRef;
import io.github.dockerdsl.image.SourceRef;
import io.github.dockerdsl.instruction.Copy;
import io.github.dockerdsl.instruction.Instruction;
import io.github.dockerdsl.instruction.OnBuild;
import io.github.dockerdsl.instruction.Run;
import io.github.dockerdsl.mount.BindMount;
import io.github.dockerdsl.mount.CacheMount;
import io.github.dockerdsl.mount.Mount;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Maps the images an instruction reads besides FROM ({@code COPY --from=<image>},
 * {@code RUN --mount=from=<image>}), so registry rewrites and digest pinning miss none of them.
 */
final class ImageMapping {
  private ImageMapping() {}

  /** The instruction with each image it reads mapped; the same object when it reads none. */
  static Instruction map(Instruction instruction, UnaryOperator<ImageRef> mapping) {
    if (instruction instanceof Copy copy && copy.from().orElse(null) instanceof ImageRef image) {
      return copy.withFrom(mapping.apply(image));
    }
    if (instruction instanceof Run run) {
      List<Mount> mounts = new ArrayList<>();
      boolean changed = false;
      for (Mount mount : run.mounts()) {
        Mount mapped = map(mount, mapping);
        changed |= mapped != mount;
        mounts.add(mapped);
      }
      return changed ? new Run(run.command(), mounts, run.network(), run.security()) : run;
    }
    if (instruction instanceof OnBuild onBuild) {
      Instruction trigger = map(onBuild.trigger(), mapping);
      return trigger == onBuild.trigger() ? onBuild : OnBuild.of(trigger);
    }
    return instruction;
  }

  private static Mount map(Mount mount, UnaryOperator<ImageRef> mapping) {
    if (mount instanceof BindMount bind && image(bind.from()).isPresent()) {
      return bind.withFrom(mapping.apply(image(bind.from()).get()));
    }
    if (mount instanceof CacheMount cache && image(cache.from()).isPresent()) {
      return cache.withFrom(mapping.apply(image(cache.from()).get()));
    }
    return mount;
  }

  private static Optional<ImageRef> image(Optional<SourceRef> from) {
    return from.filter(ImageRef.class::isInstance).map(ImageRef.class::cast);
  }
}
