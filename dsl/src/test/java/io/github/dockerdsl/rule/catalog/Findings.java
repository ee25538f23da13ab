package io.github.dockerdsl.rule.catalog;

import io.github.dockerdsl.Dockerfile;
import io.github.dockerdsl.Stage;
import io.github.dockerdsl.rule.Policy;
import io.github.dockerdsl.rule.Rule;
import io.github.dockerdsl.rule.Violation;
import java.util.List;
import java.util.stream.Collectors;

/** Runs one rule over a Dockerfile built without a policy, so other rules' errors don't get in the way. */
final class Findings {
  private Findings() {}

  /** The rule's violations, each as {@code "<stage>/<instruction> <message>"}. */
  static List<String> of(Rule rule, Dockerfile.Builder builder) {
    return violations(rule, builder).stream()
        .map(v -> v.location().stageIndex() + "/" + v.location().instructionIndex() + " " + v.message())
        .collect(Collectors.toList());
  }

  /** The rule's violations over a single-stage Dockerfile. */
  static List<String> of(Rule rule, Stage.Builder stage) {
    return of(rule, Dockerfile.builder().stage(stage.build()));
  }

  /** The rule's violations, whole. */
  static List<Violation> violations(Rule rule, Dockerfile.Builder builder) {
    Dockerfile dockerfile = builder.build(Policy.none());
    return Policy.strict().evaluate(dockerfile).stream().filter(v -> v.rule().equals(rule.id()))
        .collect(Collectors.toList());
  }
}
