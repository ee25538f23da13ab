package io.github.dockerdsl.instruction;

import io.github.dockerdsl.internal.Checks;
import io.github.dockerdsl.render.DockerfileWriter;
import java.util.List;

/**
 * VOLUME: mount points whose content lives outside the image.
 *
 * @param paths one or more paths
 */
public record Volume(List<String> paths) implements Instruction {
  /** Checks the paths. */
  public Volume {
    paths = Paths.checkAll(paths, "VOLUME path");
    Checks.checkArgument(!paths.isEmpty(), "VOLUME has no paths; give at least one");
  }

  /** VOLUME of these paths. */
  public static Volume of(String... paths) {
    return new Volume(List.of(paths));
  }

  @Override
  public String keyword() {
    return "VOLUME";
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visitVolume(this);
  }

  @Override
  public String toString() {
    return DockerfileWriter.render(this);
  }
}
