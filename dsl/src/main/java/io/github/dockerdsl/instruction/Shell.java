package io.github.dockerdsl.instruction;

import io.github.dockerdsl.internal.Checks;
import io.github.dockerdsl.render.DockerfileWriter;
import java.util.List;

/**
 * SHELL: the shell for later shell-form RUNs, e.g. {@code ["/bin/bash", "-o", "pipefail", "-c"]}.
 *
 * @param argv the shell and its options
 */
public record Shell(List<String> argv) implements Instruction {
  /** Checks there is a program. */
  public Shell {
    argv = Checks.immutableList(argv, "argv");
    Checks.checkArgument(!argv.isEmpty(), "SHELL has no program; give e.g. /bin/bash -c");
  }

  /** SHELL of this argument vector. */
  public static Shell of(String... argv) {
    return new Shell(List.of(argv));
  }

  @Override
  public String keyword() {
    return "SHELL";
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visitShell(this);
  }

  @Override
  public String toString() {
    return DockerfileWriter.render(this);
  }
}
