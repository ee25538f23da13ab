package io.github.dockerdsl.rule.catalog;

import io.github.dockerdsl.internal.ShellWords.SimpleCommand;
import io.github.dockerdsl.rule.RuleContext;
import io.github.dockerdsl.rule.Severity;
import io.github.dockerdsl.rule.ViolationSink;
import java.util.List;

/**
 * DF035: without pipefail a pipeline succeeds when its last command does, so {@code curl ... | sh}
 * goes on after a failed download and the build passes with a broken layer.
 */
public final class PipefailForPipes extends BaseRule {
  /** Creates the rule; use {@code Rules.PIPEFAIL_FOR_PIPES}. */
  public PipefailForPipes() {
    super("DF035", "PipefailForPipes", Severity.WARNING,
        "A RUN with a pipe runs with pipefail (SHELL with -o pipefail, or set -o pipefail first)",
        seeAlso(List.of("DL4006"), List.of(), List.of(), List.of()));
  }

  @Override
  public void check(RuleContext context, ViolationSink sink) {
    List<RunScripts.Entry> entries = RunScripts.of(context);
    for (int e = 0; e < entries.size(); e++) {
      RunScripts.Entry entry = entries.get(e);
      List<RunScripts.Piece> pieces = entry.pieces();
      for (int p = 0; p < pieces.size(); p++) {
        RunScripts.Piece piece = pieces.get(p);
        if (!piece.shellScript() || piece.pipefail()) {
          continue;
        }
        List<SimpleCommand> commands = piece.commands();
        SimpleCommand pipe = unprotectedPipe(commands);
        if (pipe != null) {
          SimpleCommand next = next(commands, pipe);
          sink.report(entry.stage(), entry.instruction(), message(pipe, next), fix(context));
          break;
        }
      }
    }
  }

  private static SimpleCommand unprotectedPipe(List<SimpleCommand> commands) {
    for (SimpleCommand c : commands) {
      if (c.nesting() != 0) {
        continue;
      }
      if (c.name().equals("set") && RunScripts.enablesPipefail(c.arguments())) {
        return null;
      }
      if (c.pipesOut()) {
        return c;
      }
    }
    return null;
  }

  private static SimpleCommand next(List<SimpleCommand> commands, SimpleCommand pipe) {
    for (int i = commands.indexOf(pipe) + 1; i < commands.size(); i++) {
      if (commands.get(i).nesting() == 0) {
        return commands.get(i);
      }
    }
    return null;
  }

  static String message(SimpleCommand from, SimpleCommand to) {
    String into = to == null ? "" : " into '" + RunScripts.show(to) + "'";
    return "RUN pipes '" + RunScripts.show(from) + "'" + into + " without pipefail, so a failure of '"
        + from.name() + "' goes unnoticed";
  }

  static String fix(RuleContext context) {
    return "set a shell with pipefail before this RUN: " + Fixes.pick(context,
        ".shell(\"/bin/bash\", \"-o\", \"pipefail\", \"-c\")", "SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]")
        + " (on Alpine \"/bin/ash\"), or start a bash script with 'set -o pipefail'";
  }
}
