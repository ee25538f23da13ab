package io.github.dockerdsl.rule.catalog;

import io.github.dockerdsl.Dockerfile;
import io.github.dockerdsl.Stage;
import io.github.dockerdsl.image.BaseImage;
import io.github.dockerdsl.image.StageRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Walks the FROM chain of a stage, so rules see what a stage inherits from the stages it starts from. */
final class StageChains {
  private StageChains() {}

  /** The stages this stage starts FROM, nearest first, not including the stage itself. */
  static List<Stage> ancestors(Dockerfile dockerfile, Stage stage) {
    List<Stage> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Stage current = stage;
    while (current.base() instanceof StageRef) {
      String name = ((StageRef) current.base()).name();
      Optional<Stage> parent = dockerfile.stage(name);
      if (parent.isEmpty() || !seen.add(name)) {
        break;
      }
      current = parent.get();
      out.add(current);
    }
    return out;
  }

  /** What the chain starts from in the end: an image or scratch (a stage only when the chain is broken). */
  static BaseImage root(Dockerfile dockerfile, Stage stage) {
    List<Stage> chain = ancestors(dockerfile, stage);
    return chain.isEmpty() ? stage.base() : chain.get(chain.size() - 1).base();
  }
}
