package io.github.dockerdsl.lint;

import io.github.dockerdsl.rule.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Findings as compiler-style lines, {@code path:line:col: severity: [DF001 PinnedBaseImage] message
 * (fix: ...)}, which editors and CI logs turn into links, and a summary line.
 */
public final class TextReport {
  private TextReport() {}

  /**
   * One line per finding of every result, waived ones only when {@code includeSuppressed}, then the
   * summary line; each line ends with a newline.
   */
  public static String render(List<LintResult> results, boolean includeSuppressed) {
    Objects.requireNonNull(results, "results == null");
    StringBuilder out = new StringBuilder();
    for (LintResult r : results) {
      for (Finding f : r.findings()) {
        if (includeSuppressed || !f.isSuppressed()) {
          out.append(line(r.path(), f)).append('\n');
        }
      }
    }
    return out.append(summary(results)).append('\n').toString();
  }

  /** The line of one finding; a waived one ends with what waived it. */
  public static String line(String path, Finding f) {
    StringBuilder out = new StringBuilder();
    out.append(path).append(':').append(f.line()).append(':').append(f.column()).append(": ")
        .append(f.severity().name().toLowerCase(Locale.ROOT)).append(": [").append(f.rule().code()).append(' ')
        .append(f.rule().name()).append("] ").append(f.message()).append(" (fix: ").append(f.fix()).append(')');
    f.waiver().ifPresent(w -> out.append(" [suppressed by ").append(w.comment()).append(']'));
    return out.toString();
  }

  /**
   * The summary, e.g. {@code 2 files checked: 1 error, 3 warnings, 0 info; 2 suppressed}; waived
   * findings are counted apart.
   */
  public static String summary(List<LintResult> results) {
    long errors = 0;
    long warnings = 0;
    long infos = 0;
    long suppressed = 0;
    for (LintResult r : results) {
      errors += r.count(Severity.ERROR);
      warnings += r.count(Severity.WARNING);
      infos += r.count(Severity.INFO);
      suppressed += r.suppressed().size();
    }
    return results.size() + (results.size() == 1 ? " file" : " files") + " checked: "
        + plural(errors, "error") + ", " + plural(warnings, "warning") + ", " + infos + " info; "
        + suppressed + " suppressed";
  }

  private static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
