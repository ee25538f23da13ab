package io.github.dockerdsl.lint;

import io.github.dockerdsl.rule.RuleId;
import io.github.dockerdsl.rule.Severity;
import java.util.Objects;
import java.util.Optional;

/**
 * One linter finding in a Dockerfile's text: which rule, how severe, where (1-based line and column,
 * and the last line of the instruction), what is wrong, the fix, and what waived it if anything.
 *
 * @param rule the rule's id and name
 * @param severity the severity under the policy in force
 * @param line the 1-based line of the instruction's keyword (of the comment, for waiver findings)
 * @param column the 1-based column of the keyword
 * @param endLine the last line of the instruction
 * @param stageIndex the stage from 0, or -1 for the preamble and the whole file
 * @param instructionIndex the instruction in its stage from 0, or -1 for FROM and the whole file
 * @param keyword the instruction's keyword in upper case, {@code FROM}, or {@code (file)}
 * @param message what is wrong
 * @param fix what to do instead
 * @param waiver what waived the finding, if anything
 */
public record Finding(RuleId rule, Severity severity, int line, int column, int endLine, int stageIndex,
    int instructionIndex, String keyword, String message, String fix, Optional<Waiver> waiver) {
  /** Checks for null and positions. */
  public Finding {
    Objects.requireNonNull(rule, "rule == null");
    Objects.requireNonNull(severity, "severity == null");
    Objects.requireNonNull(keyword, "keyword == null");
    Objects.requireNonNull(message, "message == null");
    Objects.requireNonNull(fix, "fix == null");
    Objects.requireNonNull(waiver, "waiver == null");
    if (line < 1 || column < 1 || endLine < line) {
      throw new IllegalArgumentException(String.format(
          "finding position '%d:%d-%d' is not valid; lines and columns start at 1 and endLine >= line",
          line, column, endLine));
    }
  }

  /** True when a waiver covers it. */
  public boolean isSuppressed() {
    return waiver.isPresent();
  }

  /** True for an unsuppressed error: what makes {@code dockerdsl lint} exit with 1. */
  public boolean isBlocking() {
    return severity == Severity.ERROR && waiver.isEmpty();
  }
}
