package io.github.dockerdsl.lint;

import io.github.dockerdsl.rule.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The findings for one file, ordered by line, column and rule code, waived ones included.
 *
 * @param path the file as reports show it
 * @param findings every finding, waived or not
 */
public record LintResult(String path, List<Finding> findings) {
  /** Copies the list. */
  public LintResult {
    Objects.requireNonNull(path, "path == null");
    findings = List.copyOf(findings);
  }

  /** The same findings under another displayed path, e.g. the path given on the command line. */
  public LintResult withPath(String newPath) {
    return new LintResult(newPath, findings);
  }

  /** The findings nothing waived. */
  public List<Finding> open() {
    List<Finding> out = new ArrayList<>();
    for (Finding f : findings) {
      if (!f.isSuppressed()) {
        out.add(f);
      }
    }
    return List.copyOf(out);
  }

  /** The findings a waiver covers. */
  public List<Finding> suppressed() {
    List<Finding> out = new ArrayList<>();
    for (Finding f : findings) {
      if (f.isSuppressed()) {
        out.add(f);
      }
    }
    return List.copyOf(out);
  }

  /** True when an unsuppressed error was found. */
  public boolean hasErrors() {
    for (Finding f : findings) {
      if (f.isBlocking()) {
        return true;
      }
    }
    return false;
  }

  /** How many unsuppressed findings have this severity. */
  public long count(Severity severity) {
    // loops, not streams, here and above: reports ask for every file, and a short process interprets them
    long n = 0;
    for (Finding f : findings) {
      if (!f.isSuppressed() && f.severity() == severity) {
        n++;
      }
    }
    return n;
  }
}
