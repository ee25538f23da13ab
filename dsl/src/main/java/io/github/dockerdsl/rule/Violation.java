package io.github.dockerdsl.rule;

import java.util.Objects;
import java.util.Optional;

/**
 * One finding: which rule, how severe, where, what is wrong and how to fix it; and, when waived,
 * the suppression that waived it.
 *
 * @param rule the rule's id
 * @param severity the severity under the policy in force
 * @param location where it is
 * @param message what is wrong
 * @param fix what to do instead
 * @param suppressedBy the suppression that waived it, if any
 */
public record Violation(RuleId rule, Severity severity, Location location, String message, String fix,
    Optional<Suppression> suppressedBy) {
  /** Checks for null. */
  public Violation {
    Objects.requireNonNull(rule, "rule == null");
    Objects.requireNonNull(severity, "severity == null");
    Objects.requireNonNull(location, "location == null");
    Objects.requireNonNull(message, "message == null");
    Objects.requireNonNull(fix, "fix == null");
    Objects.requireNonNull(suppressedBy, "suppressedBy == null");
  }

  /** True when a suppression waived it. */
  public boolean isSuppressed() {
    return suppressedBy.isPresent();
  }

  /**
   * One readable line for logs and debuggers: {@code ERROR DF001 PinnedBaseImage at stage 1, instruction
   * FROM: <message> (fix: <fix>)}, and what waived it, if anything.
   */
  @Override
  public String toString() {
    return severity + " " + rule + " at " + location.describe() + ": " + message + " (fix: " + fix + ")"
        + (suppressedBy.isPresent() ? " [suppressed: " + suppressedBy.get().reason() + "]" : "");
  }

  /** True when it stops {@code build()}: an unsuppressed error. */
  public boolean isBlocking() {
    return severity == Severity.ERROR && suppressedBy.isEmpty();
  }
}
