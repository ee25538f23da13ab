package io.github.dockerdsl.rule.catalog;

import io.github.dockerdsl.Stage;
import io.github.dockerdsl.image.Platform;
import io.github.dockerdsl.rule.RuleContext;
import io.github.dockerdsl.rule.Severity;
import io.github.dockerdsl.rule.ViolationSink;
import java.util.List;
import java.util.Locale;

/**
 * DF027: a constant {@code FROM --platform=linux/amd64} builds that platform whatever {@code docker build
 * --platform} asks for, so multi-platform builds silently ship the wrong architecture, or emulate it.
 */
public final class FromPlatformConstant extends BaseRule {
  /** Creates the rule; use {@code Rules.FROM_PLATFORM_CONSTANT}. */
  public FromPlatformConstant() {
    super("DF027", "FromPlatformConstant", Severity.WARNING,
        "FROM --platform uses a build arg such as $BUILDPLATFORM, not a constant platform",
        seeAlso(List.of("DL3029"), List.of("FromPlatformFlagConstDisallowed"), List.of(), List.of()));
  }

  @Override
  public void check(RuleContext context, ViolationSink sink) {
    List<Stage> stages = context.stages();
    for (int s = 0; s < stages.size(); s++) {
      Stage stage = stages.get(s);
      if (stage.platform().isPresent() && !stage.platform().get().isVariable()
          && !namesPlatform(stage, stage.platform().get())) {
        sink.report(s, -1, message(stage.platform().get()), FIX);
      }
    }
  }

  /**
   * True when the stage name carries the platform, its OS or its architecture ({@code AS build_arm64}),
   * as BuildKit allows: such a stage is one of several written per platform on purpose.
   */
  private static boolean namesPlatform(Stage stage, Platform platform) {
    String name = stage.name().isPresent() ? stage.name().get().toLowerCase(Locale.ROOT) : "";
    for (String part : platform.toString().split("/")) {
      if (!name.isEmpty() && name.contains(part)) {
        return true;
      }
    }
    return false;
  }

  static String message(Platform platform) {
    return "FROM --platform=" + platform + " fixes the platform, so 'docker build --platform' cannot change it and "
        + "other targets get this architecture";
  }

  private static final String FIX = "remove --platform and choose the platform with 'docker build --platform', or "
      + "use a build arg such as --platform=$BUILDPLATFORM for stages that run build tools";
}
