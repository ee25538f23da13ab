package io.github.dockerdsl.instruction;

import io.github.dockerdsl.internal.Checks;
import io.github.dockerdsl.mount.Mount;
import io.github.dockerdsl.mount.SecretMount;
import io.github.dockerdsl.render.DockerfileWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * RUN: executes a command in a new layer, with optional mounts, network and security mode.
 *
 * @param command what to run
 * @param mounts mounts visible to this RUN only, in order
 * @param network the network mode, when set
 * @param security the security mode, when set
 */
public record Run(Command command, List<Mount> mounts, Optional<Network> network, Optional<Security> security)
    implements Instruction {
  /** Checks that no two mounts share a target or a secret environment variable. */
  public Run {
    Objects.requireNonNull(command, "command == null");
    mounts = Checks.immutableList(mounts, "mounts");
    Objects.requireNonNull(network, "network == null");
    Objects.requireNonNull(security, "security == null");
    // one mount cannot clash with another; each mount against the ones before it, in order (a RUN has a
    // few mounts: no sets to fill)
    for (int i = 1; i < mounts.size(); i++) {
      Mount mount = mounts.get(i);
      Optional<String> target = mount.targetPath();
      if (target.isPresent()) {
        for (int j = 0; j < i; j++) {
          Checks.checkArgument(!mounts.get(j).targetPath().equals(target),
              "two mounts have the target '%s'; give each mount its own target", target.get());
        }
      }
      if (mount instanceof SecretMount secret && secret.env().isPresent()) {
        for (int j = 0; j < i; j++) {
          Checks.checkArgument(!(mounts.get(j) instanceof SecretMount earlier && earlier.env().equals(secret.env())),
              "two secret mounts set the variable '%s'; give each secret its own env name", secret.env().get());
        }
      }
    }
    if (command instanceof Command.ExecForm) {
      Checks.checkArgument(!((Command.ExecForm) command).argv().isEmpty(),
          "RUN exec form has no arguments; name the program to run");
    }
  }

  /** RUN with a command and nothing else. */
  public static Run of(Command command) {
    return new Run(command, List.of(), Optional.empty(), Optional.empty());
  }

  /** RUN with a one-line shell command. */
  public static Run shell(String line) {
    return of(Command.shell(line));
  }

  /** A copy with one more mount. */
  public Run withMount(Mount mount) {
    List<Mount> all = new ArrayList<>(mounts);
    all.add(Objects.requireNonNull(mount, "mount == null"));
    return new Run(command, all, network, security);
  }

  /** A copy with the network mode. */
  public Run withNetwork(Network mode) {
    return new Run(command, mounts, Optional.of(mode), security);
  }

  /** A copy with the security mode. */
  public Run withSecurity(Security mode) {
    return new Run(command, mounts, network, Optional.of(mode));
  }

  @Override
  public String keyword() {
    return "RUN";
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visitRun(this);
  }

  @Override
  public String toString() {
    return DockerfileWriter.render(this);
  }
}
