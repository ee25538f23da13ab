package io.github.dockerdsl.rule.catalog;

import io.github.dockerdsl.rule.Rule;
import io.github.dockerdsl.rule.RuleId;
import io.github.dockerdsl.rule.SeeAlso;
import io.github.dockerdsl.rule.Severity;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/** Holds the identity and metadata every built-in rule declares; subclasses only check. */
abstract class BaseRule implements Rule {
  private final RuleId id;
  private final Severity severity;
  private final String summary;
  private final SeeAlso seeAlso;

  BaseRule(String code, String name, Severity severity, String summary, SeeAlso seeAlso) {
    this.id = RuleId.of(code, name);
    this.severity = severity;
    this.summary = summary;
    this.seeAlso = seeAlso;
  }

  static SeeAlso seeAlso(List<String> hadolint, List<String> buildkit, List<String> trivy, List<String> checkov) {
    return SeeAlso.of(hadolint, buildkit, trivy, checkov);
  }

  @Override
  public final RuleId id() {
    return id;
  }

  @Override
  public final Severity defaultSeverity() {
    return severity;
  }

  @Override
  public final String summary() {
    return summary;
  }

  @Override
  public final SeeAlso seeAlso() {
    return seeAlso;
  }

  /** The rule's page in this repository, {@code docs/rules/<code>.md}. */
  @Override
  public final Optional<URI> documentation() {
    return Optional.of(URI.create("docs/rules/" + id.code() + ".md"));
  }

  @Override
  public String toString() {
    return id.toString();
  }
}
