package io.github.dockerdsl.instruction;

import io.github.dockerdsl.internal.Checks;
import io.github.dockerdsl.render.DockerfileWriter;
import java.util.Objects;
import java.util.Optional;

/**
 * ARG: a build-time variable, scoped to the stage (or, before the first FROM, global). Never for
 * secrets: build args are visible in the image history.
 *
 * @param name the variable
 * @param defaultValue the value when {@code --build-arg} does not give one
 */
public record Arg(String name, Optional<String> defaultValue) implements Instruction {
  /** Checks the name and that the default can be written. */
  public Arg {
    Env.checkVariableName(name, "ARG");
    Objects.requireNonNull(defaultValue, "defaultValue == null");
    // the subject is built only for a default the check can refuse
    if (defaultValue.isPresent() && !Checks.isPrintableAscii(defaultValue.get())) {
      Checks.checkNoControlCharacters(defaultValue.get(), "default of ARG '" + name + "'",
          "a Dockerfile value cannot hold line breaks");
    }
  }

  /** An ARG without a default. */
  public static Arg of(String name) {
    return new Arg(name, Optional.empty());
  }

  /** An ARG with a default. */
  public static Arg of(String name, String defaultValue) {
    return new Arg(name, Optional.of(defaultValue));
  }

  @Override
  public String keyword() {
    return "ARG";
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visitArg(this);
  }

  @Override
  public String toString() {
    return DockerfileWriter.render(this);
  }
}
