package io.github.dockerdsl.rule.catalog;

import io.github.dockerdsl.rule.RuleContext;
import io.github.dockerdsl.rule.SeeAlso;
import io.github.dockerdsl.rule.Severity;
import io.github.dockerdsl.rule.ViolationSink;

/**
 * DF900: a suppression that matches nothing hides the next real finding. The policy reports these
 * itself, after all other rules ran, so this rule's own check finds nothing.
 */
public final class UnusedSuppression extends BaseRule {
  /** Creates the rule; use {@code Rules.UNUSED_SUPPRESSION}. */
  public UnusedSuppression() {
    super("DF900", "UnusedSuppression", Severity.WARNING,
        "Every suppression matches a finding", SeeAlso.NONE);
  }

  @Override
  public void check(RuleContext context, ViolationSink sink) {
    // Reported by Policy.evaluate, which knows which suppressions were used.
  }
}
