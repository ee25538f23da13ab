package io.github.dockerdsl.lint;

import io.github.dockerdsl.rule.Severity;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

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
    return findings.stream().filter(f -> !f.isSuppressed()).collect(Collectors.toUnmodifiableList());
  }

  /** The findings a waiver covers. */
  public List<Finding> suppressed() {
    return findings.stream().filter(Finding::isSuppressed).collect(Collectors.toUnmodifiableList());
  }

  /** True when an unsuppressed error was found. */
  public boolean hasErrors() {
    return findings.stream().anyMatch(Finding::isBlocking);
  }

  /** How many unsuppressed findings have this severity. */
  public long count(Severity severity) {
    return findings.stream().filter(f -> !f.isSuppressed() && f.severity() == severity).count();
  }
}
