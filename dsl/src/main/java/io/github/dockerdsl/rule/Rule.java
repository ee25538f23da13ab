package io.github.dockerdsl.rule;

import java.net.URI;
import java.util.Optional;

/**
 * A check of good practice: a pure function over the Dockerfile model. Built-in rules are in
 * {@link Rules}; companies implement this interface for their own standards.
 */
public interface Rule {
  /** The stable id and name. */
  RuleId id();

  /** The severity unless a policy changes it. */
  Severity defaultSeverity();

  /** One line saying what the rule wants. */
  String summary();

  /**
   * The page with bad and good examples; empty when the rule has none, so reports never point a
   * company rule into dockerdsl's own {@code docs/rules/}. Built-in rules link their page there.
   */
  default Optional<URI> documentation() {
    return Optional.empty();
  }

  /** The same check in hadolint, BuildKit, Trivy and Checkov. */
  default SeeAlso seeAlso() {
    return SeeAlso.NONE;
  }

  /**
   * True when the instruction a finding points at may hold a secret, so reports must not print it;
   * the rule's own message shows only a masked excerpt.
   */
  default boolean reportsSecrets() {
    return false;
  }

  /** Reports every violation in the Dockerfile to the sink. */
  void check(RuleContext context, ViolationSink sink);
}
