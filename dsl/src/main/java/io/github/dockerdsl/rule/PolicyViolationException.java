package io.github.dockerdsl.rule;

import java.util.List;

/** Thrown by {@code build()} with every blocking finding at once, each with its fix and how to waive it. */
public final class PolicyViolationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Policy policy;
  private final transient List<Violation> violations;

  /** Lists the violations in the message. */
  public PolicyViolationException(Policy policy, List<Violation> violations) {
    super(Reports.violationReport(policy, violations));
    this.policy = policy;
    this.violations = List.copyOf(violations);
  }

  /** The policy that was violated. */
  public Policy policy() {
    return policy;
  }

  /** The blocking findings, in rule order. */
  public List<Violation> violations() {
    return violations;
  }
}
