package io.github.dockerdsl.rule.catalog;

import io.github.dockerdsl.instruction.Cmd;
import io.github.dockerdsl.instruction.Entrypoint;
import io.github.dockerdsl.instruction.Expose;
import io.github.dockerdsl.instruction.Instruction;
import io.github.dockerdsl.instruction.Port;
import io.github.dockerdsl.instruction.Protocol;
import io.github.dockerdsl.internal.ShellWords;
import io.github.dockerdsl.rule.RuleContext;
import io.github.dockerdsl.rule.Severity;
import io.github.dockerdsl.rule.ViolationSink;
import java.util.List;

/**
 * DF043: an SSH daemon in a container is a second way in, with its own keys and passwords to leak;
 * {@code docker exec} (or {@code kubectl exec}) reaches a running container without one.
 */
public final class NoSshd extends BaseRule {
  /** Creates the rule; use {@code Rules.NO_SSHD}. */
  public NoSshd() {
    super("DF043", "NoSshd", Severity.WARNING, "Images neither expose port 22 nor start an SSH daemon",
        seeAlso(List.of(), List.of(), List.of("DS-0004"), List.of("CKV_DOCKER_1")));
  }

  @Override
  public void check(RuleContext context, ViolationSink sink) {
    InstructionWalk walk = InstructionWalk.of(context);
    next:
    for (int k = 0; k < walk.size(); k++) {
      int s = walk.stage(k);
      int i = walk.index(k);
      Instruction instruction = walk.instruction(k);
      if (instruction instanceof Expose expose) {
        for (Port port : expose.ports()) {
          if (port.number() == 22 && port.protocol() == Protocol.TCP) {
            sink.report(s, i, "EXPOSE 22 publishes SSH, a second way into the container with its own keys to leak",
                FIX);
            continue next;
          }
        }
      }
      List<String> argv = instruction instanceof Cmd cmd ? cmd.argv()
          : instruction instanceof Entrypoint entrypoint ? entrypoint.argv() : List.of();
      if (!argv.isEmpty() && runsSshd(argv)) {
        sink.report(s, i, instruction.keyword() + " starts sshd, a second way into the container with its own "
            + "keys to leak", FIX);
      }
    }
  }

  private static boolean runsSshd(List<String> argv) {
    for (ShellWords.SimpleCommand command : ShellWords.parseArgv(argv)) {
      if (command.name().equals("sshd") || command.name().equals("dropbear")
          || command.name().equals("service") && command.arguments().contains("ssh")) {
        return true;
      }
    }
    return false;
  }

  private static final String FIX =
      "remove the SSH server; reach a running container with 'docker exec' or 'kubectl exec' instead";
}
