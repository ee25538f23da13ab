package io.github.dockerdsl.rule.catalog;

import io.github.dockerdsl.Stage;
import io.github.dockerdsl.instruction.Expose;
import io.github.dockerdsl.instruction.Healthcheck;
import io.github.dockerdsl.instruction.Instruction;
import io.github.dockerdsl.instruction.Raw;
import io.github.dockerdsl.rule.RuleContext;
import io.github.dockerdsl.rule.Severity;
import io.github.dockerdsl.rule.ViolationSink;
import java.util.ArrayList;
import java.util.List;

/**
 * DF015: an image that serves a port and has no HEALTHCHECK is "running" to Docker even when it hangs,
 * so nothing restarts it or holds traffic back.
 */
public final class HealthcheckInServiceImage extends BaseRule {
  /** Creates the rule; use {@code Rules.HEALTHCHECK_IN_SERVICE_IMAGE}. */
  public HealthcheckInServiceImage() {
    super("DF015", "HealthcheckInServiceImage", Severity.WARNING,
        "A final stage that EXPOSEs a port has a HEALTHCHECK",
        seeAlso(List.of("DL3057"), List.of(), List.of("DS-0026"), List.of("CKV_DOCKER_2")));
  }

  @Override
  public void check(RuleContext context, ViolationSink sink) {
    List<Stage> stages = context.stages();
    int finalIndex = stages.size() - 1;
    Stage last = stages.get(finalIndex);
    List<Stage> chain = new ArrayList<>();
    chain.add(last);
    chain.addAll(StageChains.ancestors(context, last));
    boolean exposes = false;
    for (Stage stage : chain) {
      for (Instruction i : stage.instructions()) {
        if (isKeyword(i, "HEALTHCHECK")) {
          return;
        }
        exposes |= isKeyword(i, "EXPOSE");
      }
    }
    if (!exposes) {
      return;
    }
    int at = firstExpose(last);
    sink.report(finalIndex, at, message(last, at < 0), fix(context));
  }

  private static boolean isKeyword(Instruction i, String keyword) {
    return keyword.equals("HEALTHCHECK") ? i instanceof Healthcheck || i instanceof Raw && i.keyword().equals(keyword)
        : i instanceof Expose || i instanceof Raw && i.keyword().equals(keyword);
  }

  private static int firstExpose(Stage stage) {
    for (int i = 0; i < stage.instructions().size(); i++) {
      if (isKeyword(stage.instructions().get(i), "EXPOSE")) {
        return i;
      }
    }
    return -1;
  }

  /** The message: the final stage exposes a port (itself or through the stages it starts from). */
  static String message(Stage stage, boolean inherited) {
    return "the final " + stage.describe() + (inherited ? " inherits an EXPOSE" : " EXPOSEs a port")
        + " but has no HEALTHCHECK, so a container that hangs still counts as running";
  }

  private static String fix(RuleContext context) {
    return Fixes.pick(context, "add .healthcheck(Healthcheck.of(\"/app\", \"healthcheck\")) with a command "
        + "that probes the service; Healthcheck.none() records a deliberate choice not to have one",
        "add HEALTHCHECK CMD [\"/app\", \"healthcheck\"] with a command "
            + "that probes the service; HEALTHCHECK NONE records a deliberate choice not to have one");
  }
}
