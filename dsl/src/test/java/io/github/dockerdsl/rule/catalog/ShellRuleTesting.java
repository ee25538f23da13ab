package io.github.dockerdsl.rule.catalog;

import io.github.dockerdsl.Dockerfile;
import io.github.dockerdsl.Stage;
import io.github.dockerdsl.instruction.Command;
import io.github.dockerdsl.instruction.Run;
import io.github.dockerdsl.rule.Policy;
import io.github.dockerdsl.rule.Rule;
import io.github.dockerdsl.rule.Violation;
import java.util.List;
import java.util.stream.Collectors;

/** Builds Dockerfiles without judging them, then runs one rule over them. */
final class ShellRuleTesting {
  private ShellRuleTesting() {}

  /** The findings of {@code rule} in a Dockerfile of these stages. */
  static List<Violation> findings(Rule rule, Stage... stages) {
    Dockerfile.Builder builder = Dockerfile.builder();
    for (Stage stage : stages) {
      builder.stage(stage);
    }
    Dockerfile df = builder.build(Policy.none());
    return Policy.strict().evaluate(df).stream().filter(v -> v.rule().equals(rule.id())).collect(Collectors.toList());
  }

  /** The findings of {@code rule} in a one-stage Dockerfile that runs {@code script} after a WORKDIR. */
  static List<Violation> findings(Rule rule, String script) {
    return findings(rule, stage().run(script).build());
  }

  /** The findings of {@code rule} in a one-stage Dockerfile with this RUN after a WORKDIR. */
  static List<Violation> findings(Rule rule, Run run) {
    return findings(rule, stage().run(run).build());
  }

  /** The findings of {@code rule} in a one-stage Dockerfile with this command after a WORKDIR. */
  static List<Violation> findings(Rule rule, Command command) {
    return findings(rule, stage().run(command).build());
  }

  /** A final stage with a WORKDIR as instruction 0, so a first RUN is instruction 1. */
  static Stage.Builder stage() {
    return Stage.from("debian:12").as("runtime").workdir("/app");
  }

  /** The messages of the findings. */
  static List<String> messages(List<Violation> violations) {
    return violations.stream().map(Violation::message).collect(Collectors.toList());
  }
}
