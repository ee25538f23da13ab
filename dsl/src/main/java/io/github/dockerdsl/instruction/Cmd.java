package io.github.dockerdsl.instruction;

import io.github.dockerdsl.internal.Checks;
import io.github.dockerdsl.render.DockerfileWriter;
import java.util.List;

/**
 * CMD: the default command, in exec form only, so the process is PID 1 and gets signals. There is
 * no shell form; {@link Command#shellExec} covers the rare shell need.
 *
 * @param argv the program and arguments (or ENTRYPOINT's arguments); empty clears an inherited CMD
 */
public record Cmd(List<String> argv) implements Instruction {
  /**
   * Copies the arguments as given, as the parser reads them from a file; the {@code of} factories also
   * refuse a program name with whitespace in it.
   */
  public Cmd {
    argv = Checks.immutableList(argv, "argv");
  }

  /** CMD of this argument vector. */
  public static Cmd of(String... argv) {
    return new Cmd(Checks.checkExecutable(List.of(argv), "CMD"));
  }

  /** CMD of an exec-form command. */
  public static Cmd of(Command.ExecForm command) {
    return new Cmd(Checks.checkExecutable(command.argv(), "CMD"));
  }

  @Override
  public String keyword() {
    return "CMD";
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visitCmd(this);
  }

  @Override
  public String toString() {
    return DockerfileWriter.render(this);
  }
}
