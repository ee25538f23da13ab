package io.github.dockerdsl.rule.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dockerdsl.rule.Rules;
import java.util.stream.Collectors;
import org.approvaltests.Approvals;
import org.junit.jupiter.api.Test;

/** DF004's messages are true for each case: plain, exec, ENTRYPOINT, a non-default SHELL; HEALTHCHECK is not judged. */
class ExecFormCommandsTest {
  @Test
  void messages_and_fixes_of_every_case() {
    String text = String.join("\n",
        "FROM node:20.11.1-bookworm-slim AS plain",
        "CMD node server.js",
        "FROM eclipse-temurin:17-jre AS exec",
        "ENTRYPOINT exec java -jar /app/app.jar",
        "FROM node:20.11.1-bookworm-slim AS execcmd",
        "CMD exec node server.js --port=$PORT",
        "FROM node:20.11.1-bookworm-slim AS entry",
        "ENTRYPOINT node server.js",
        "FROM node:20.11.1-bookworm-slim AS bash",
        "SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]",
        "FROM bash AS child",
        "CMD node server.js | tee /tmp/log",
        "");
    Approvals.verify(ParsedFindings.violations(Rules.EXEC_FORM_COMMANDS, text).stream()
        .map(v -> v.location().describe() + ": " + v.message() + "\n  fix: " + v.fix())
        .collect(Collectors.joining("\n")));
  }

  @Test
  void a_command_line_as_exec_form_program_is_reported_in_files() {
    assertThat(ParsedFindings.violations(Rules.EXEC_FORM_COMMANDS, String.join("\n",
        "FROM eclipse-temurin:17-jre",
        "HEALTHCHECK CMD [\"curl -f\", \"http://localhost/\"]",
        "CMD [\"java -jar /app/app.jar\"]",
        "")).stream().map(v -> v.message() + " | " + v.fix())).containsExactly(
        "HEALTHCHECK program 'curl -f' contains whitespace; exec form runs no shell, so Docker looks for an executable "
            + "of that whole name and the command fails at run time | pass the program and each argument separately, "
            + "e.g. HEALTHCHECK CMD [\"curl\", \"-f\", \"http://localhost/\"]",
        "CMD program 'java -jar /app/app.jar' contains whitespace; exec form runs no shell, so Docker looks for an "
            + "executable of that whole name and the command fails at run time | pass the program and each argument "
            + "separately, e.g. CMD [\"java\", \"-jar\", \"/app/app.jar\"]");
  }

  @Test
  void dockers_own_healthcheck_example_is_not_a_finding() {
    assertThat(ParsedFindings.of(Rules.EXEC_FORM_COMMANDS, String.join("\n",
        "FROM nginx:1.27",
        "HEALTHCHECK --interval=5m --timeout=3s CMD curl -f http://localhost/ || exit 1",
        "CMD [\"nginx\", \"-g\", \"daemon off;\"]",
        ""))).isEmpty();
  }
}
