package io.github.dockerdsl.rule;

import io.github.dockerdsl.Origin;
import java.util.List;
import java.util.Optional;

/** The text of violation reports: one format for exceptions, warnings and the CLI. */
public final class Reports {
  private Reports() {}

  /**
   * The report of {@link PolicyViolationException}: a header counting the distinct rules broken (and
   * the findings, when a rule fired more than once), then each violation.
   */
  public static String violationReport(Policy policy, List<Violation> violations) {
    long rules = violations.stream().map(Violation::rule).distinct().count();
    StringBuilder out = new StringBuilder();
    out.append("Dockerfile violates ").append(rules).append(rules == 1 ? " rule" : " rules");
    if (violations.size() != rules) {
      out.append(" (").append(violations.size()).append(" findings)");
    }
    out.append(" of policy '").append(policy.name()).append("':");
    for (Violation v : violations) {
      out.append('\n').append(describe(v, policy.rule(v.rule())));
    }
    return out.toString();
  }

  /**
   * One violation, several lines: where, the instruction, what, the fix, and how to suppress it. The
   * rule page is named for built-in rules only; {@link #describe(Violation, Optional)} also knows a
   * company rule's own page.
   */
  public static String describe(Violation v) {
    return describe(v, Rules.byCode(v.rule().code()));
  }

  /** As {@link #describe(Violation)}, linking the page {@code rule} documents, if any. */
  public static String describe(Violation v, Optional<Rule> rule) {
    StringBuilder out = new StringBuilder();
    out.append('[').append(v.rule()).append("] ").append(v.severity()).append(" at ")
        .append(v.location().describe());
    if (!v.location().text().isEmpty()) {
      for (String line : v.location().text().split("\n")) {
        out.append("\n    ").append(line);
      }
    }
    if (!(v.location().origin() instanceof Origin.Unknown)) {
      out.append("\n  created at ").append(v.location().origin().describe());
    }
    out.append("\n  ").append(v.message());
    out.append("\n  fix: ").append(v.fix());
    out.append("\n  suppress: ").append(suppressHint(v, rule));
    return out.toString();
  }

  private static String suppressHint(Violation v, Optional<Rule> rule) {
    if (v.rule().equals(Rules.UNUSED_SUPPRESSION.id())) {
      return "not meaningful: remove the stale suppression, see docs/rules/DF900.md";
    }
    String constant = Rules.byCode(v.rule().code()).map(r -> "Rules." + Rules.constantName(r))
        .orElse("<the " + v.rule().code() + " rule>");
    String call;
    if (v.location().stageIndex() < 0) {
      call = "Dockerfile.builder().suppress(" + constant + ", \"<reason>\")";
    } else if (v.location().instructionIndex() < 0) {
      call = "Stage.from(...).suppress(" + constant + ", \"<reason>\") before the first instruction";
    } else {
      call = ".suppress(" + constant + ", \"<reason>\") right after the instruction";
    }
    return call + rule.flatMap(Rule::documentation).map(doc -> ", see " + doc).orElse("");
  }
}
