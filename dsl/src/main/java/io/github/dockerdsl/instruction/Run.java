package io.github.dockerdsl.instruction;

import io.github.dockerdsl.internal.Checks;
import io.github.dockerdsl.mount.Mount;
import io.github.dockerdsl.mount.SecretMount;
import io.github.dockerdsl.render.DockerfileWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

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
    if (mounts.size() > 1) {
      // one mount cannot clash with another: the sets only for two or more
      Set<String> targets = new HashSet<>();
      Set<String> envs = new HashSet<>();
      for (Mount mount : mounts) {
        Optional<String> target = mount.targetPath(); // if-present: no lambdas on a lint's path
        if (target.isPresent()) {
          Checks.checkArgument(targets.add(target.get()),
              "two mounts have the target '%s'; give each mount its own target", target.get());
        }
        if (mount instanceof SecretMount secret && secret.env().isPresent()) {
          Checks.checkArgument(envs.add(secret.env().get()),
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
