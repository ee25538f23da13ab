package io.github.dockerdsl.rule.catalog;

import io.github.dockerdsl.Stage;
import io.github.dockerdsl.image.StageRef;
import io.github.dockerdsl.instruction.Instruction;
import io.github.dockerdsl.instruction.User;
import io.github.dockerdsl.rule.RuleContext;
import io.github.dockerdsl.rule.Severity;
import io.github.dockerdsl.rule.ViolationSink;
import java.util.List;
import java.util.Optional;

/** DF002: a container that runs as root turns any exploit into root on the host's kernel. */
public final class NonRootFinalUser extends BaseRule {
  /** Creates the rule; use {@code Rules.NON_ROOT_FINAL_USER}. */
  public NonRootFinalUser() {
    super("DF002", "NonRootFinalUser", Severity.ERROR,
        "The final stage switches to a non-root USER",
        seeAlso(List.of("DL3002"), List.of(), List.of("DS-0002"), List.of("CKV_DOCKER_3", "CKV_DOCKER_8")));
  }

  @Override
  public void check(RuleContext context, ViolationSink sink) {
    List<Stage> stages = context.stages();
    int finalIndex = stages.size() - 1;
    Stage stage = stages.get(finalIndex);
    int last = lastUser(stage);
    if (last >= 0) {
      User user = (User) stage.instructions().get(last);
      if (user.user().isRoot()) {
        sink.report(finalIndex, last, "the final stage switches to USER " + user.user()
            + " last, so the container runs as root", fix(context));
      }
      return;
    }
    Optional<User> inherited = inheritedUser(context, stage);
    if (inherited.isPresent() && !inherited.get().user().isRoot()) {
      return;
    }
    sink.report(finalIndex, -1, "the final " + stage.describe() + " sets no USER, so the container runs as root",
        fix(context));
  }

  private static String fix(RuleContext context) {
    return Fixes.pick(context, "create a user with a fixed numeric id and switch to it before CMD, e.g. .user(\"10001:10001\")",
        "create a user with a fixed numeric id and switch to it before CMD, e.g. USER 10001:10001");
  }

  private static int lastUser(Stage stage) {
    List<Instruction> instructions = stage.instructions();
    for (int i = instructions.size() - 1; i >= 0; i--) {
      if (instructions.get(i) instanceof User) {
        return i;
      }
    }
    return -1;
  }

  private static Optional<User> inheritedUser(RuleContext context, Stage stage) {
    Stage current = stage;
    while (current.base() instanceof StageRef) {
      Optional<Stage> parent = context.dockerfile().stage(((StageRef) current.base()).name());
      if (parent.isEmpty()) {
        return Optional.empty();
      }
      current = parent.get();
      int last = lastUser(current);
      if (last >= 0) {
        return Optional.of((User) current.instructions().get(last));
      }
    }
    return Optional.empty();
  }
}
