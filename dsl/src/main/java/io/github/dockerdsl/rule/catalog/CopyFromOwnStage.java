package io.github.dockerdsl.rule.catalog;

import io.github.dockerdsl.Stage;
import io.github.dockerdsl.image.NamedContext;
import io.github.dockerdsl.image.SourceRef;
import io.github.dockerdsl.instruction.Copy;
import io.github.dockerdsl.rule.RuleContext;
import io.github.dockerdsl.rule.Severity;
import io.github.dockerdsl.rule.ViolationSink;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * DF013: a stage cannot copy from itself; BuildKit does not read {@code --from} as the stage being
 * built, so the name silently means an image or build context of that name.
 */
public final class CopyFromOwnStage extends BaseRule {
  /** Creates the rule; use {@code Rules.COPY_FROM_OWN_STAGE}. */
  public CopyFromOwnStage() {
    super("DF013", "CopyFromOwnStage", Severity.ERROR, "COPY --from never names the stage it is in",
        seeAlso(List.of("DL3023"), List.of(), List.of("DS-0006"), List.of()));
  }

  @Override
  public void check(RuleContext context, ViolationSink sink) {
    List<Stage> stages = context.stages();
    for (int s = 0; s < stages.size(); s++) {
      Optional<String> name = stages.get(s).name();
      if (name.isEmpty()) {
        continue;
      }
      for (int i = 0; i < stages.get(s).instructions().size(); i++) {
        if (stages.get(s).instructions().get(i) instanceof Copy copy && copy.from().isPresent()
            && names(copy.from().get(), name.get())) {
          sink.report(s, i, message(name.get()), FIX);
        }
      }
    }
  }

  private static boolean names(SourceRef from, String stage) {
    return from instanceof NamedContext && from.reference().toLowerCase(Locale.ROOT).equals(stage);
  }

  static String message(String stage) {
    return "COPY --from=" + stage + " names the stage it is in; a stage cannot read its own files that way, so "
        + "BuildKit reads '" + stage + "' as an image or build context";
  }

  private static final String FIX =
      "copy within the stage with RUN cp, or move the files into an earlier stage and copy from that";
}
