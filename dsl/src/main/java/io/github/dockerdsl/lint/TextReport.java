package io.github.dockerdsl.lint;

import io.github.dockerdsl.rule.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
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
    StringBuilder out = new StringBuilder();
    write(results, includeSuppressed, out);
    return out.toString();
  }

  /**
   * As {@link #render}, written to {@code out} line by line, so a report of thousands of findings is
   * never held whole in memory; I/O errors surface as {@link UncheckedIOException}.
   */
  public static void write(List<LintResult> results, boolean includeSuppressed, Appendable out) {
    Objects.requireNonNull(results, "results == null");
    Objects.requireNonNull(out, "out == null");
    try {
      StringBuilder line = new StringBuilder(256);
      for (LintResult r : results) {
        for (Finding f : r.findings()) {
          if (includeSuppressed || !f.isSuppressed()) {
            line.setLength(0);
            line(line, r.path(), f);
            out.append(line.append('\n'));
          }
        }
      }
      out.append(summary(results)).append('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The line of one finding; a waived one ends with what waived it. */
  public static String line(String path, Finding f) {
    StringBuilder out = new StringBuilder();
    line(out, path, f);
    return out.toString();
  }

  private static void line(StringBuilder out, String path, Finding f) {
    out.append(path).append(':').append(f.line()).append(':').append(f.column()).append(": ")
        .append(f.severity().name().toLowerCase(Locale.ROOT)).append(": [").append(f.rule().code()).append(' ')
        .append(f.rule().name()).append("] ").append(f.message()).append(" (fix: ").append(f.fix()).append(')');
    if (f.waiver().isPresent()) {
      out.append(" [suppressed by ").append(f.waiver().get().comment()).append(']');
    }
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
