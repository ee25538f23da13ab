package io.github.dockerdsl.rule.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dockerdsl.Dockerfile;
import io.github.dockerdsl.Stage;
import io.github.dockerdsl.instruction.Copy;
import io.github.dockerdsl.instruction.Healthcheck;
import io.github.dockerdsl.instruction.UserSpec;
import io.github.dockerdsl.rule.Reports;
import io.github.dockerdsl.rule.Rule;
import io.github.dockerdsl.rule.Rules;
import io.github.dockerdsl.rule.Violation;
import java.util.List;
import java.util.stream.Collectors;
import org.approvaltests.Approvals;
import org.junit.jupiter.api.Test;

/**
 * DF022-DF024, mistakes that only show at build or run time: unknown users, health checks whose program
 * is not in the image, node_modules moved between C libraries. Built (Java fixes) and linted (Dockerfile fixes).
 */
class RuntimeMistakesTest {
  private static String report(List<Violation> violations) {
    assertThat(violations).isNotEmpty();
    return violations.stream().map(Reports::describe).collect(Collectors.joining("\n"))
        .replaceAll("\\(RuntimeMistakesTest\\.java:\\d+\\)", "(RuntimeMistakesTest.java:<line>)");
  }

  private static List<String> messages(Rule rule, String text) {
    return ParsedFindings.of(rule, text);
  }

  // ---------------------------------------------------------------- DF022 UnknownUser

  @Test
  void df022_user_and_chown_naming_nobody_the_stage_creates() {
    Approvals.verify(report(Findings.violations(Rules.UNKNOWN_USER, Dockerfile.builder().stage(
        Stage.from("node:20.11.1-bookworm-slim").workdir("/app")
            .copy(Copy.of("server.js", "./").withChown(UserSpec.of("app", "app")))
            .user("appuser")
            .build()))));
  }

  @Test
  void df022_linted_text_says_the_fix_in_dockerfile_terms() {
    Approvals.verify(report(ParsedFindings.violations(Rules.UNKNOWN_USER,
        "FROM alpine:3.20\nCOPY --chown=app:app run.sh /run.sh\nUSER app\nCMD [\"/run.sh\"]\n")));
  }

  @Test
  void df022_users_the_stage_creates_or_the_image_has_are_fine() {
    assertThat(messages(Rules.UNKNOWN_USER, String.join("\n",
        "FROM debian:12.5-slim AS base",
        "RUN groupadd --system --gid 10001 app && useradd --system --uid 10001 --gid app app",
        "FROM base",
        "COPY --chown=app:app a /a",
        "USER www-data:nogroup",
        "USER node",
        ""))).containsExactly("1/2 USER names the user 'node', which no RUN before it creates (useradd, adduser, "
            + "groupadd, addgroup) and base image 'debian:12.5-slim' does not have, so the container fails to start");
    assertThat(messages(Rules.UNKNOWN_USER, "FROM node:20.11.1-alpine\nRUN adduser -D svc\nUSER svc\nUSER node\n"
        + "USER 10001:10001\nUSER $APP_USER\n")).isEmpty();
    assertThat(messages(Rules.UNKNOWN_USER, "FROM acme/base:1\nUSER whoever\n")).as("unknown family").isEmpty();
    assertThat(messages(Rules.UNKNOWN_USER, "FROM debian:12.5-slim\nCOPY passwd /etc/passwd\nUSER whoever\n"))
        .as("a copied /etc/passwd").isEmpty();
  }

  // ---------------------------------------------------------------- DF023 HealthcheckProgramMissing

  @Test
  void df023_curl_on_distroless() {
    Stage build = Stage.from("golang:1.22-bookworm").as("build").build();
    Approvals.verify(report(Findings.violations(Rules.HEALTHCHECK_PROGRAM_MISSING, Dockerfile.builder().stage(build)
        .stage(Stage.from("gcr.io/distroless/static-debian12:nonroot")
            .copyFrom(build, "/out/app", "/app")
            .healthcheck(Healthcheck.of("curl", "-f", "http://localhost:8080/health"))
            .entrypoint("/app").build()))));
  }

  @Test
  void df023_linted_shell_form_and_missing_program_on_scratch() {
    Approvals.verify(report(ParsedFindings.violations(Rules.HEALTHCHECK_PROGRAM_MISSING, String.join("\n",
        "FROM scratch",
        "COPY app /app",
        "HEALTHCHECK CMD wget -q -O- http://localhost:8080/health || exit 1",
        "FROM scratch",
        "HEALTHCHECK CMD [\"curl\", \"-f\", \"http://localhost/\"]",
        ""))));
  }

  @Test
  void df023_programs_the_image_has_or_a_copy_puts_there_are_fine() {
    assertThat(messages(Rules.HEALTHCHECK_PROGRAM_MISSING, String.join("\n",
        "FROM scratch AS a",
        "COPY --from=build /out/app /app",
        "HEALTHCHECK CMD [\"/app\", \"-health\"]",
        "FROM gcr.io/distroless/java17-debian12 AS b",
        "HEALTHCHECK CMD [\"java\", \"-version\"]",
        "FROM scratch AS c",
        "COPY --from=curlimages/curl:8.8.0 /usr/bin/curl /usr/bin/curl",
        "HEALTHCHECK CMD [\"curl\", \"-f\", \"http://localhost/\"]",
        "FROM gcr.io/distroless/base-debian12:debug AS d",
        "HEALTHCHECK CMD wget -q http://localhost/ || exit 1",
        "FROM debian:12.5-slim",
        "HEALTHCHECK CMD curl -f http://localhost/ || exit 1",
        ""))).isEmpty();
  }

  // ---------------------------------------------------------------- DF024 NodeModulesAcrossLibc

  @Test
  void df024_node_modules_from_glibc_into_alpine() {
    Approvals.verify(report(ParsedFindings.violations(Rules.NODE_MODULES_ACROSS_LIBC, String.join("\n",
        "FROM node:20.11.1-bookworm-slim AS deps",
        "WORKDIR /app",
        "COPY package.json package-lock.json ./",
        "RUN npm ci --omit=dev",
        "FROM node:20.11.1-alpine",
        "WORKDIR /app",
        "COPY --from=deps /app/node_modules ./node_modules",
        "USER node",
        "CMD [\"node\", \"server.js\"]",
        ""))));
  }

  @Test
  void df024_same_libc_is_fine_and_the_built_fix_is_java() {
    assertThat(messages(Rules.NODE_MODULES_ACROSS_LIBC, String.join("\n",
        "FROM node:20.11.1-alpine AS deps",
        "FROM node:20.11.1-alpine3.19",
        "COPY --from=deps /app/node_modules ./node_modules",
        ""))).isEmpty();
    Stage deps = Stage.from("node:20.11.1-alpine").as("deps").build();
    assertThat(Findings.violations(Rules.NODE_MODULES_ACROSS_LIBC, Dockerfile.builder().stage(deps)
        .stage(Stage.from("gcr.io/distroless/nodejs20-debian12").copyFrom(deps, "/app/node_modules", "/app/node_modules").build()))
        .stream().map(Violation::fix))
        .containsExactly("install the dependencies on an image with the runtime's C library (glibc), e.g. "
            + "Stage.from(\"node:<version>-bookworm-slim\") for the deps stage");
  }
}
