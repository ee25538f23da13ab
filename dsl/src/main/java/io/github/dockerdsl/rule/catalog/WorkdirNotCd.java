package io.github.dockerdsl.rule.catalog;

import io.github.dockerdsl.internal.ShellWords.SimpleCommand;
import io.github.dockerdsl.rule.RuleContext;
import io.github.dockerdsl.rule.Severity;
import io.github.dockerdsl.rule.ViolationSink;
import java.util.List;

/**
 * DF036: {@code cd} in RUN lasts only until the end of that RUN, so the directory the next instructions
 * use is hidden in a shell string instead of stated with WORKDIR.
 */
public final class WorkdirNotCd extends BaseRule {
  /** Creates the rule; use {@code Rules.WORKDIR_NOT_CD}. */
  public WorkdirNotCd() {
    super("DF036", "WorkdirNotCd", Severity.WARNING,
        "RUN does not cd into directories; use WORKDIR, or a subshell for a one-off directory",
        seeAlso(List.of("DL3003"), List.of(), List.of("DS-0013"), List.of()));
  }

  @Override
  public void check(RuleContext context, ViolationSink sink) {
    List<RunScripts.Entry> entries = RunScripts.of(context);
    for (int e = 0; e < entries.size(); e++) {
      RunScripts.Entry entry = entries.get(e);
      List<SimpleCommand> commands = entry.commands();
      for (int c = 0; c < commands.size(); c++) {
        SimpleCommand command = commands.get(c);
        if ((command.name().equals("cd") || command.name().equals("pushd")) && command.isTopLevel()
            && command.wrappers().isEmpty() && !temporary(command)) {
          sink.report(entry.stage(), entry.instruction(), message(command), fix(context, command));
          break;
        }
      }
    }
  }

  /** {@code cd "$(mktemp -d)"} or {@code cd /tmp/x}: a scratch directory, no WORKDIR material. */
  private static boolean temporary(SimpleCommand command) {
    for (String a : command.arguments()) {
      if (a.contains("$(") || a.contains("`") || a.equals("/tmp") || a.startsWith("/tmp/")) {
        return true;
      }
    }
    return false;
  }

  private static String target(SimpleCommand command) {
    List<String> args = command.arguments();
    return args.isEmpty() ? "~" : args.get(args.size() - 1);
  }

  static String message(SimpleCommand command) {
    return "'" + RunScripts.show(command) + "' changes the directory only until the end of this RUN, hidden in a "
        + "shell string";
  }

  static String fix(RuleContext context, SimpleCommand command) {
    return "set the directory with " + Fixes.pick(context, ".workdir(\"" + target(command) + "\")",
        "WORKDIR " + target(command)) + " before the RUN, or keep the cd in a subshell: "
        + "'(cd " + target(command) + " && ...)'";
  }
}
