package io.github.dockerdsl.instruction;

import io.github.dockerdsl.internal.Checks;
import io.github.dockerdsl.render.DockerfileWriter;
import java.util.List;

/**
 * ENTRYPOINT: the executable the container runs, in exec form only, so it is PID 1 and gets signals.
 *
 * @param argv the program and fixed arguments; empty clears an inherited ENTRYPOINT
 */
public record Entrypoint(List<String> argv) implements Instruction {
  /**
   * Copies the arguments as given, as the parser reads them from a file; the {@code of} factories also
   * refuse a program name with whitespace in it.
   */
  public Entrypoint {
    argv = Checks.immutableList(argv, "argv");
  }

  /** ENTRYPOINT of this argument vector. */
  public static Entrypoint of(String... argv) {
    return new Entrypoint(Checks.checkExecutable(List.of(argv), "ENTRYPOINT"));
  }

  /** ENTRYPOINT of an exec-form command. */
  public static Entrypoint of(Command.ExecForm command) {
    return new Entrypoint(Checks.checkExecutable(command.argv(), "ENTRYPOINT"));
  }

  @Override
  public String keyword() {
    return "ENTRYPOINT";
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visitEntrypoint(this);
  }

  @Override
  public String toString() {
    return DockerfileWriter.render(this);
  }
}
