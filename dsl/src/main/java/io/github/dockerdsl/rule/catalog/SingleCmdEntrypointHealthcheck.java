package io.github.dockerdsl.rule.catalog;

import io.github.dockerdsl.Stage;
import io.github.dockerdsl.instruction.Instruction;
import io.github.dockerdsl.rule.RuleContext;
import io.github.dockerdsl.rule.Severity;
import io.github.dockerdsl.rule.ViolationSink;
import java.util.List;

/**
 * DF020: only the last CMD, ENTRYPOINT or HEALTHCHECK of a stage takes effect, so an earlier one is
 * dead text that misleads the reader about what the container runs.
 */
public final class SingleCmdEntrypointHealthcheck extends BaseRule {
  private static final List<String> KEYWORDS = List.of("CMD", "ENTRYPOINT", "HEALTHCHECK");

  /** Creates the rule; use {@code Rules.SINGLE_CMD_ENTRYPOINT_HEALTHCHECK}. */
  public SingleCmdEntrypointHealthcheck() {
    super("DF020", "SingleCmdEntrypointHealthcheck", Severity.ERROR,
        "A stage has at most one CMD, one ENTRYPOINT and one HEALTHCHECK",
        seeAlso(List.of("DL4003", "DL4004", "DL3012"), List.of("MultipleInstructionsDisallowed"),
            List.of("DS-0007", "DS-0016", "DS-0023"), List.of()));
  }

  @Override
  public void check(RuleContext context, ViolationSink sink) {
    List<Stage> stages = context.stages();
    for (int s = 0; s < stages.size(); s++) {
      List<Instruction> instructions = stages.get(s).instructions();
      for (int i = 0; i < instructions.size(); i++) {
        String keyword = instructions.get(i).keyword();
        if (!KEYWORDS.contains(keyword)) {
          continue;
        }
        for (int later = i + 1; later < instructions.size(); later++) {
          if (instructions.get(later).keyword().equals(keyword)) {
            sink.report(s, i, message(keyword, later), fix(keyword));
            break;
          }
        }
      }
    }
  }

  /** The message: which instruction replaces this one. */
  static String message(String keyword, int laterIndex) {
    return keyword + " has no effect: the later " + keyword + " (instruction " + (laterIndex + 1) + ") replaces it";
  }

  /** The fix: keep one. */
  static String fix(String keyword) {
    return "keep only the " + keyword + " that should run and remove this one";
  }
}
