package io.github.dockerdsl.rule.catalog;

import io.github.dockerdsl.Stage;
import io.github.dockerdsl.rule.RuleContext;
import io.github.dockerdsl.rule.Severity;
import io.github.dockerdsl.rule.ViolationSink;
import java.util.List;

/** DF026: {@code FROM --platform=$TARGETPLATFORM} says what BuildKit does anyway, and hides the flags that matter. */
public final class RedundantTargetPlatform extends BaseRule {
  /** Creates the rule; use {@code Rules.REDUNDANT_TARGET_PLATFORM}. */
  public RedundantTargetPlatform() {
    super("DF026", "RedundantTargetPlatform", Severity.WARNING,
        "FROM does not set --platform to $TARGETPLATFORM, which is the default",
        seeAlso(List.of("DL3065"), List.of("RedundantTargetPlatform"), List.of(), List.of()));
  }

  @Override
  public void check(RuleContext context, ViolationSink sink) {
    List<Stage> stages = context.stages();
    for (int s = 0; s < stages.size(); s++) {
      String platform = stages.get(s).platform().isPresent() ? stages.get(s).platform().get().toString() : "";
      if (platform.equals("$TARGETPLATFORM") || platform.equals("${TARGETPLATFORM}")) {
        sink.report(s, -1, message(platform), FIX);
      }
    }
  }

  static String message(String platform) {
    return "FROM --platform=" + platform + " is redundant: every stage is built for the target platform unless "
        + "it says otherwise";
  }

  private static final String FIX = "remove --platform; keep it only for stages that run on the build platform "
      + "(--platform=$BUILDPLATFORM)";
}
