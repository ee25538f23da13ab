package io.github.dockerdsl.rule.catalog;

import io.github.dockerdsl.parse.DockerfileParser;
import io.github.dockerdsl.parse.ParsedDockerfile;
import io.github.dockerdsl.rule.Policy;
import io.github.dockerdsl.rule.Rule;
import io.github.dockerdsl.rule.Violation;
import java.util.List;
import java.util.stream.Collectors;

/** Runs one rule over parsed Dockerfile text, with the source facts the parse-only rules need. */
final class ParsedFindings {
  private ParsedFindings() {}

  /** The rule's violations, each as {@code "<stage>/<instruction> <message>"}. */
  static List<String> of(Rule rule, String text) {
    return violations(rule, text).stream()
        .map(v -> v.location().stageIndex() + "/" + v.location().instructionIndex() + " " + v.message())
        .collect(Collectors.toList());
  }

  /** The rule's violations, whole. */
  static List<Violation> violations(Rule rule, String text) {
    ParsedDockerfile parsed = DockerfileParser.parse(text);
    return Policy.strict().evaluate(parsed.dockerfile(), parsed.facts()).stream()
        .filter(v -> v.rule().equals(rule.id())).collect(Collectors.toList());
  }
}
