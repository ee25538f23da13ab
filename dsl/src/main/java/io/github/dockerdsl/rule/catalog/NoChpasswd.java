package io.github.dockerdsl.rule.catalog;

import io.github.dockerdsl.internal.ShellWords.SimpleCommand;
import io.github.dockerdsl.rule.RuleContext;
import io.github.dockerdsl.rule.Severity;
import io.github.dockerdsl.rule.ViolationSink;
import java.util.List;

/**
 * DF045: a password given to {@code chpasswd} in a RUN is in the Dockerfile and the image history for
 * anyone who can pull the image, and a password login is a way in that containers do not need.
 */
public final class NoChpasswd extends BaseRule {
  /** Creates the rule; use {@code Rules.NO_CHPASSWD}. */
  public NoChpasswd() {
    super("DF045", "NoChpasswd", Severity.ERROR, "RUN does not set passwords with chpasswd",
        seeAlso(List.of(), List.of(), List.of(), List.of("CKV2_DOCKER_17")));
  }

  @Override
  public void check(RuleContext context, ViolationSink sink) {
    List<RunScripts.Entry> entries = RunScripts.of(context);
    for (int e = 0; e < entries.size(); e++) {
      RunScripts.Entry entry = entries.get(e);
      List<SimpleCommand> commands = entry.commands();
      for (int c = 0; c < commands.size(); c++) {
        SimpleCommand command = commands.get(c);
        if (command.name().equals("chpasswd")) {
          sink.report(entry.stage(), entry.instruction(), MESSAGE, FIX);
          break;
        }
      }
    }
  }

  static final String MESSAGE = "RUN sets a password with chpasswd; the password is in the Dockerfile and the image "
      + "history, readable by anyone who can pull the image";

  private static final String FIX = "do not give image users passwords: run as a user without one (useradd without "
      + "-p), and pass secrets at run time or with RUN --mount=type=secret";
}
