package io.github.dockerdsl.rule.catalog;

import io.github.dockerdsl.Stage;
import io.github.dockerdsl.image.NamedContext;
import io.github.dockerdsl.instruction.Copy;
import io.github.dockerdsl.rule.RuleContext;
import io.github.dockerdsl.rule.Severity;
import io.github.dockerdsl.rule.ViolationSink;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * DF025: in a hand-written file, {@code COPY --from=name} that names no earlier stage is an image pull
 * of {@code name:latest} (or a build context, if the build passes one), which is usually a misspelt
 * stage name. Code says which it means with {@code StageRef}, {@code ImageRef} or {@code NamedContext},
 * so only parsed files are checked.
 */
public final class CopyFromUnknownName extends BaseRule {
  /** Creates the rule; use {@code Rules.COPY_FROM_UNKNOWN_NAME}. */
  public CopyFromUnknownName() {
    super("DF025", "CopyFromUnknownName", Severity.WARNING,
        "COPY --from names an earlier stage, or an image with a tag or digest",
        seeAlso(List.of("DL3022"), List.of(), List.of(), List.of()));
  }

  @Override
  public void check(RuleContext context, ViolationSink sink) {
    if (context.source().isEmpty()) {
      return;
    }
    List<Stage> stages = context.stages();
    for (int s = 0; s < stages.size(); s++) {
      String own = stages.get(s).name().orElse("");
      for (int i = 0; i < stages.get(s).instructions().size(); i++) {
        if (stages.get(s).instructions().get(i) instanceof Copy copy
            && copy.from().orElse(null) instanceof NamedContext named
            && !named.name().toLowerCase(Locale.ROOT).equals(own)) {
          sink.report(s, i, message(named.name(), later(stages, s, named.name())), fix(named.name()));
        }
      }
    }
  }

  private static boolean later(List<Stage> stages, int from, String name) {
    for (int s = from + 1; s < stages.size(); s++) {
      Optional<String> n = stages.get(s).name();
      if (n.isPresent() && n.get().equals(name.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  static String message(String name, boolean definedLater) {
    return "COPY --from=" + name + " names no earlier stage" + (definedLater ? " (stage '" + name
        + "' comes later)" : "") + ", so BuildKit pulls the image '" + name + ":latest' unless the build passes "
        + "--build-context " + name + "=...";
  }

  static String fix(String name) {
    return "name an earlier stage, or say which image you mean with a tag: --from=" + name + ":<version>";
  }
}
