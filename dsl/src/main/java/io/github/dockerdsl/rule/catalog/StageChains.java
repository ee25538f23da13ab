package io.github.dockerdsl.rule.catalog;

import io.github.dockerdsl.Stage;
import io.github.dockerdsl.image.BaseImage;
import io.github.dockerdsl.image.StageRef;
import io.github.dockerdsl.rule.RuleContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Walks the FROM chain of a stage, so rules see what a stage inherits from the stages it starts from. */
final class StageChains {
  /**
   * Computes the shared value once per evaluation; a class, not a lambda: no lambda runs on a lint's
   * path, as the first costs a one-file run the JDK's method-handle set-up (docs/performance.md).
   */
  private static final java.util.function.Function<RuleContext, Chains> COMPUTE =
      new java.util.function.Function<>() {
        @Override
        public Chains apply(RuleContext context) {
          return walk(context);
        }
      };

  private StageChains() {}

  /**
   * Every stage's chain, walked once per evaluation: eight rules ask for chains, several for every
   * stage, and each walk looked every parent up by name.
   */
  private record Chains(Map<Stage, List<Stage>> ancestors) {}

  /** The stages this stage starts FROM, nearest first, not including the stage itself. */
  static List<Stage> ancestors(RuleContext context, Stage stage) {
    List<Stage> chain = context.derived(Chains.class, COMPUTE).ancestors().get(stage);
    // a stage of another Dockerfile (never asked by the rules) is walked on its own
    return chain != null ? chain : walk(byName(context.stages()), stage);
  }

  /** What the chain starts from in the end: an image or scratch (a stage only when the chain is broken). */
  static BaseImage root(RuleContext context, Stage stage) {
    List<Stage> chain = ancestors(context, stage);
    return chain.isEmpty() ? stage.base() : chain.get(chain.size() - 1).base();
  }

  private static Chains walk(RuleContext context) {
    Map<String, Stage> byName = byName(context.stages());
    Map<Stage, List<Stage>> out = new IdentityHashMap<>(context.stages().size());
    for (Stage stage : context.stages()) {
      out.put(stage, walk(byName, stage));
    }
    return new Chains(out);
  }

  /** The first stage of each name, as {@code Dockerfile.stage(name)} finds it. */
  private static Map<String, Stage> byName(List<Stage> stages) {
    Map<String, Stage> out = new HashMap<>();
    for (Stage stage : stages) {
      if (stage.name().isPresent()) {
        out.putIfAbsent(stage.name().get(), stage);
      }
    }
    return out;
  }

  private static List<Stage> walk(Map<String, Stage> byName, Stage stage) {
    if (!(stage.base() instanceof StageRef)) {
      return List.of(); // a stage FROM an image, as most are
    }
    List<Stage> out = new ArrayList<>();
    Stage current = stage;
    while (current.base() instanceof StageRef) {
      String name = ((StageRef) current.base()).name();
      Stage parent = byName.get(name);
      // a name walked before is its stage in the chain already (each name has one stage here), so a
      // cycle is found in the short chain itself, without a set of the names
      if (parent == null || containsSame(out, parent)) {
        break;
      }
      current = parent;
      out.add(current);
    }
    return List.copyOf(out);
  }

  private static boolean containsSame(List<Stage> stages, Stage stage) {
    for (int i = 0; i < stages.size(); i++) {
      if (stages.get(i) == stage) {
        return true;
      }
    }
    return false;
  }
}
