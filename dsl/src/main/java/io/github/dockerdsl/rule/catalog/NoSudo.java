package io.github.dockerdsl.rule.catalog;

import io.github.dockerdsl.internal.ShellWords.SimpleCommand;
import io.github.dockerdsl.rule.RuleContext;
import io.github.dockerdsl.rule.Severity;
import io.github.dockerdsl.rule.ViolationSink;
import java.util.List;

/**
 * DF033: sudo in a build depends on a sudoers setup, behaves differently with and without a TTY, and
 * leaves a privilege-escalation tool in the image.
 */
public final class NoSudo extends BaseRule {
  /** Creates the rule; use {@code Rules.NO_SUDO}. */
  public NoSudo() {
    super("DF033", "NoSudo", Severity.ERROR,
        "RUN does not use sudo; switch USER instead",
        seeAlso(List.of("DL3004"), List.of(), List.of("DS-0010"), List.of("CKV2_DOCKER_1")));
  }

  @Override
  public void check(RuleContext context, ViolationSink sink) {
    List<RunScripts.Entry> entries = RunScripts.of(context);
    for (int e = 0; e < entries.size(); e++) {
      RunScripts.Entry entry = entries.get(e);
      List<SimpleCommand> commands = entry.commands();
      for (int c = 0; c < commands.size(); c++) {
        SimpleCommand command = commands.get(c);
        if (command.wrappers().contains("sudo") || command.name().equals("sudo")) {
          sink.report(entry.stage(), entry.instruction(), message(command), fix(context));
          break;
        }
      }
    }
  }

  static String message(SimpleCommand command) {
    return "RUN calls sudo ('" + RunScripts.show(command) + "'), which depends on a sudoers setup and keeps a "
        + "privilege-escalation tool in the image";
  }

  static String fix(RuleContext context) {
    return "drop sudo: switch with " + Fixes.pick(context, ".user(\"root\")", "USER root")
        + " before the RUN and back to the app user after it; to drop privileges at run time use gosu or su-exec";
  }
}
