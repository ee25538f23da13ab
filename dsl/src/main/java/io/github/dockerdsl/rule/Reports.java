package io.github.dockerdsl.rule;

import io.github.dockerdsl.Origin;
import java.util.List;

/** The text of violation reports: one format for exceptions, warnings and the CLI. */
public final class Reports {
  private Reports() {}

  /** The report of {@link PolicyViolationException}: a header, then each violation. */
  public static String violationReport(Policy policy, List<Violation> violations) {
    StringBuilder out = new StringBuilder();
    out.append("Dockerfile violates ").append(violations.size())
        .append(violations.size() == 1 ? " rule" : " rules").append(" of policy '").append(policy.name())
        .append("':");
    for (Violation v : violations) {
      out.append('\n').append(describe(v));
    }
    return out.toString();
  }

  /** One violation, several lines: where, the instruction, what, the fix, and how to suppress it. */
  public static String describe(Violation v) {
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
    out.append("\n  suppress: ").append(suppressHint(v));
    return out.toString();
  }

  private static String suppressHint(Violation v) {
    if (v.rule().equals(Rules.UNUSED_SUPPRESSION.id())) {
      return "not meaningful: remove the stale suppression, see docs/rules/DF900.md";
    }
    String constant = Rules.byCode(v.rule().code()).map(r -> "Rules." + Rules.constantName(r)).orElse("<your rule>");
    String call;
    if (v.location().stageIndex() < 0) {
      call = "Dockerfile.builder().suppress(" + constant + ", \"<reason>\")";
    } else if (v.location().instructionIndex() < 0) {
      call = "Stage.from(...).suppress(" + constant + ", \"<reason>\") before the first instruction";
    } else {
      call = ".suppress(" + constant + ", \"<reason>\") right after the instruction";
    }
    return call + ", see docs/rules/" + v.rule().code() + ".md";
  }
}
