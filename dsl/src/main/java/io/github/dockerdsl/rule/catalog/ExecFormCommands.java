package io.github.dockerdsl.rule.catalog;

import io.github.dockerdsl.instruction.Raw;
import io.github.dockerdsl.rule.RuleContext;
import io.github.dockerdsl.rule.Severity;
import io.github.dockerdsl.rule.ViolationSink;
import java.util.List;
import java.util.Set;

/**
 * DF004: shell-form CMD or ENTRYPOINT runs under {@code /bin/sh -c}, so the program is not PID 1
 * and never receives SIGTERM. The typed API cannot write it; parsed files can hold it.
 */
public final class ExecFormCommands extends BaseRule {
  private static final Set<String> KEYWORDS = Set.of("CMD", "ENTRYPOINT", "HEALTHCHECK");

  /** Creates the rule; use {@code Rules.EXEC_FORM_COMMANDS}. */
  public ExecFormCommands() {
    super("DF004", "ExecFormCommands", Severity.ERROR,
        "CMD, ENTRYPOINT and HEALTHCHECK CMD use exec form (a JSON array)",
        seeAlso(List.of("DL3025"), List.of("JSONArgsRecommended"), List.of(), List.of()));
  }

  @Override
  public void check(RuleContext context, ViolationSink sink) {
    context.forEachInstruction((s, i, instruction) -> {
      if (instruction instanceof Raw && KEYWORDS.contains(instruction.keyword()) && isShellForm((Raw) instruction)) {
        sink.report(s, i, instruction.keyword() + " is in shell form, so the program runs under /bin/sh -c, "
                + "is not PID 1 and does not receive SIGTERM",
            "write it as an argument vector, e.g. .cmd(\"node\", \"server.js\"); for shell features use "
                + "Command.shellExec(\"...\")");
      }
    });
  }

  private static boolean isShellForm(Raw raw) {
    String args = raw.arguments().strip();
    if (raw.keyword().equals("HEALTHCHECK")) {
      if (args.equalsIgnoreCase("NONE")) {
        return false;
      }
      int cmd = args.toUpperCase(java.util.Locale.ROOT).indexOf("CMD");
      args = cmd < 0 ? args : args.substring(cmd + 3).strip();
    }
    return !args.startsWith("[");
  }
}
