package io.github.dockerdsl.rule.catalog;

import io.github.dockerdsl.parse.StageSource;
import io.github.dockerdsl.rule.RuleContext;
import io.github.dockerdsl.rule.Severity;
import io.github.dockerdsl.rule.ViolationSink;
import io.github.dockerdsl.rule.catalog.SourceWalk.Casing;
import java.util.List;

/**
 * DF051: {@code FROM image as build} reads as if {@code as} were an argument; the AS keyword follows
 * the case of FROM. Only parsed files can get it wrong.
 */
public final class FromAsCasing extends BaseRule {
  /** Creates the rule; use {@code Rules.FROM_AS_CASING}. */
  public FromAsCasing() {
    super("DF051", "FromAsCasing", Severity.WARNING,
        "The AS keyword of FROM has the same case as FROM",
        seeAlso(List.of(), List.of("FromAsCasing"), List.of(), List.of()));
  }

  @Override
  public void check(RuleContext context, ViolationSink sink) {
    if (context.source().isEmpty()) {
      return;
    }
    List<StageSource> stages = context.source().get().stages();
    for (int s = 0; s < stages.size(); s++) {
      StageSource stage = stages.get(s);
      if (stage.asKeyword().isEmpty()) {
        continue;
      }
      String from = stage.from().keyword();
      String as = stage.asKeyword().get();
      Casing fromCasing = Casing.of(from);
      if (fromCasing != Casing.MIXED && Casing.of(as) != fromCasing) {
        sink.report(s, -1, message(from, as), fix(fromCasing));
      }
    }
  }

  /** The message: both keywords as written. */
  static String message(String from, String as) {
    return "keyword '" + as + "' does not match the case of '" + from + "'";
  }

  /** The fix: AS in the case of FROM. */
  static String fix(Casing fromCasing) {
    String as = fromCasing == Casing.UPPER ? "AS" : "as";
    return "write '" + as + "'" + (fromCasing == Casing.UPPER ? "" : ", or FROM ... AS in upper case as dockerdsl fmt does");
  }
}
