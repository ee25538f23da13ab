package io.github.dockerdsl.rule.catalog;

import io.github.dockerdsl.parse.StageSource;
import io.github.dockerdsl.rule.RuleContext;
import io.github.dockerdsl.rule.Severity;
import io.github.dockerdsl.rule.ViolationSink;
import java.util.List;
import java.util.Locale;

/**
 * DF052: BuildKit lower-cases stage names, so {@code AS Build} is referenced as {@code build} and a
 * reader searching for the written name misses it. The builders refuse upper-case names; parsed files
 * can hold them.
 */
public final class StageNameCasing extends BaseRule {
  /** Creates the rule; use {@code Rules.STAGE_NAME_CASING}. */
  public StageNameCasing() {
    super("DF052", "StageNameCasing", Severity.WARNING,
        "Stage names are written in lower case",
        seeAlso(List.of(), List.of("StageNameCasing"), List.of(), List.of()));
  }

  @Override
  public void check(RuleContext context, ViolationSink sink) {
    if (context.source().isEmpty()) {
      return;
    }
    List<StageSource> stages = context.source().get().stages();
    for (int s = 0; s < stages.size(); s++) {
      if (stages.get(s).nameAsWritten().isPresent()) {
        String name = stages.get(s).nameAsWritten().get();
        String lower = name.toLowerCase(Locale.ROOT);
        if (!name.equals(lower)) {
          sink.report(s, -1, message(name, lower), fix(lower));
        }
      }
    }
  }

  /** The message: the name as written and as BuildKit reads it. */
  static String message(String name, String lower) {
    return "stage name '" + name + "' is not lower case; BuildKit reads it as '" + lower + "'";
  }

  /** The fix: the lower-case name. */
  static String fix(String lower) {
    return "write AS " + lower + " and refer to the stage as " + lower;
  }
}
