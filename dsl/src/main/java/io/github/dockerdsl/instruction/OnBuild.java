package io.github.dockerdsl.instruction;

import io.github.dockerdsl.render.DockerfileWriter;
import java.util.Objects;

/**
 * ONBUILD: an instruction run later, when another build uses this image as its base.
 *
 * @param trigger the instruction; never ONBUILD, a comment, or FROM/MAINTAINER in raw form
 */
public record OnBuild(Instruction trigger) implements Instruction {
  /** Refuses the triggers Docker refuses. */
  public OnBuild {
    Objects.requireNonNull(trigger, "trigger == null");
    if (trigger instanceof OnBuild) {
      throw new IllegalArgumentException("ONBUILD ONBUILD is not allowed; give the trigger instruction directly");
    }
    if (trigger instanceof Comment) {
      throw new IllegalArgumentException("ONBUILD cannot hold a comment; put the comment above the ONBUILD");
    }
    String keyword = trigger.keyword();
    if (trigger instanceof Raw && (keyword.equals("ONBUILD") || keyword.equals("MAINTAINER"))) {
      throw new IllegalArgumentException(String.format("ONBUILD %s is not allowed; Docker refuses it", keyword));
    }
  }

  /** ONBUILD of this trigger. */
  public static OnBuild of(Instruction trigger) {
    return new OnBuild(trigger);
  }

  @Override
  public String keyword() {
    return "ONBUILD";
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visitOnBuild(this);
  }

  @Override
  public String toString() {
    return DockerfileWriter.render(this);
  }
}
