package io.github.dockerdsl.rule.catalog;

import io.github.dockerdsl.Stage;
import io.github.dockerdsl.image.SourceRef;
import io.github.dockerdsl.image.StageRef;
import io.github.dockerdsl.instruction.Instruction;
import io.github.dockerdsl.internal.Features;
import io.github.dockerdsl.rule.RuleContext;
import io.github.dockerdsl.rule.SeeAlso;
import io.github.dockerdsl.rule.Severity;
import io.github.dockerdsl.rule.ViolationSink;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * DF016: BuildKit builds only the stages the target needs, so a stage nothing uses is dead code that
 * readers still have to understand (or, with the classic builder, build time wasted).
 */
public final class UnusedStage extends BaseRule {
  /** Creates the rule; use {@code Rules.UNUSED_STAGE}. */
  public UnusedStage() {
    super("DF016", "UnusedStage", Severity.WARNING,
        "Every stage is the final stage or is used by it, directly or through other stages",
        SeeAlso.NONE);
  }

  private static boolean allUsed(boolean[] used) {
    for (boolean u : used) {
      if (!u) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void check(RuleContext context, ViolationSink sink) {
    List<Stage> stages = context.stages();
    Map<String, Integer> byName = new HashMap<>();
    for (int i = 0; i < stages.size(); i++) {
      if (stages.get(i).name().isPresent()) {
        byName.put(stages.get(i).name().get(), i);
      }
    }
    boolean[] used = new boolean[stages.size()];
    Deque<Integer> todo = new ArrayDeque<>();
    todo.push(stages.size() - 1);
    used[stages.size() - 1] = true;
    // once every stage is used, the stages left to walk can mark nothing more
    while (!todo.isEmpty() && !allUsed(used)) {
      Stage stage = stages.get(todo.pop());
      if (stage.base() instanceof StageRef) {
        mark(((StageRef) stage.base()).name(), byName, used, todo);
      }
      for (Instruction instruction : stage.instructions()) {
        for (SourceRef ref : Features.sourceRefs(instruction)) {
          if (ref instanceof StageRef) {
            mark(((StageRef) ref).name(), byName, used, todo);
          }
        }
      }
    }
    for (int i = 0; i < stages.size(); i++) {
      if (!used[i]) {
        sink.report(i, -1, message(stages.get(i)), fix(context));
      }
    }
  }

  private static void mark(String name, Map<String, Integer> byName, boolean[] used, Deque<Integer> todo) {
    Integer index = byName.get(name);
    if (index != null && !used[index]) {
      used[index] = true;
      todo.push(index);
    }
  }

  /** The message, naming the stage. */
  static String message(Stage stage) {
    return stage.describe() + " is not used by the final stage, directly or through other stages, "
        + "so a default build skips it";
  }

  private static String fix(RuleContext context) {
    return Fixes.pick(context, "remove the stage, or use it (Stage.from(stage), copyFrom(stage, ...)); "
        + "a stage kept as another --target (tests, debug) is suppressed with that reason",
        "remove the stage, or use it (FROM <stage>, COPY --from=<stage>); a stage kept as another "
            + "--target (tests, debug) is waived with # dockerdsl:suppress-stage DF016 -- <reason>");
  }
}
