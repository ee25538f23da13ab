package io.github.dockerdsl.rule.catalog;

import io.github.dockerdsl.Stage;
import io.github.dockerdsl.instruction.Add;
import io.github.dockerdsl.instruction.Copy;
import io.github.dockerdsl.instruction.Instruction;
import io.github.dockerdsl.instruction.Workdir;
import io.github.dockerdsl.rule.RuleContext;
import io.github.dockerdsl.rule.Severity;
import io.github.dockerdsl.rule.ViolationSink;
import java.util.List;

/**
 * DF010: a relative COPY destination resolves against the current WORKDIR; before the stage sets one,
 * that is whatever the base image chose, so files land somewhere nobody wrote down.
 */
public final class RelativeCopyNeedsWorkdir extends BaseRule {
  /** Creates the rule; use {@code Rules.RELATIVE_COPY_NEEDS_WORKDIR}. */
  public RelativeCopyNeedsWorkdir() {
    super("DF010", "RelativeCopyNeedsWorkdir", Severity.ERROR,
        "COPY and ADD to a relative destination come after a WORKDIR",
        seeAlso(List.of("DL3045"), List.of(), List.of(), List.of()));
  }

  @Override
  public void check(RuleContext context, ViolationSink sink) {
    List<Stage> stages = context.stages();
    for (int s = 0; s < stages.size(); s++) {
      Stage stage = stages.get(s);
      boolean workdirSet = inheritsWorkdir(context, stage);
      List<Instruction> instructions = stage.instructions();
      for (int i = 0; i < instructions.size() && !workdirSet; i++) {
        Instruction instruction = instructions.get(i);
        if (instruction instanceof Workdir) {
          workdirSet = true;
        } else if (instruction instanceof Copy || instruction instanceof Add) {
          String destination = instruction instanceof Copy ? ((Copy) instruction).destination()
              : ((Add) instruction).destination();
          if (!FilePaths.isAbsolute(destination)) {
            sink.report(s, i, message(instruction.keyword(), destination, stage), fix(context));
          }
        }
      }
    }
  }

  private static boolean inheritsWorkdir(RuleContext context, Stage stage) {
    List<Stage> ancestors = StageChains.ancestors(context, stage);
    for (int a = 0; a < ancestors.size(); a++) {
      List<Instruction> instructions = ancestors.get(a).instructions();
      for (int k = 0; k < instructions.size(); k++) {
        if (instructions.get(k) instanceof Workdir) {
          return true;
        }
      }
    }
    return false;
  }

  /** The message: the instruction, its destination and the stage. */
  static String message(String keyword, String destination, Stage stage) {
    return keyword + " to relative destination '" + destination + "' comes before any WORKDIR in "
        + stage.describe() + ", so it lands in whatever WORKDIR the base image set";
  }

  private static String fix(RuleContext context) {
    return Fixes.pick(context, "set the directory first with .workdir(\"/app\"), or give an absolute destination",
        "set the directory first with WORKDIR /app, or give an absolute destination");
  }
}
