package io.github.dockerdsl.rule.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dockerdsl.lint.Linter;
import io.github.dockerdsl.lint.TextReport;
import io.github.dockerdsl.parse.DockerfileParser;
import io.github.dockerdsl.rule.Policy;
import io.github.dockerdsl.rule.Rule;
import io.github.dockerdsl.rule.Rules;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.approvaltests.Approvals;
import org.junit.jupiter.api.Test;

/** The opt-in company-policy rules DF070 AllowedRegistries and DF071 LabelSchema. */
class PolicyRulesTest {
  private static List<String> lint(Rule rule, String dockerfile) {
    return Linter.lint(DockerfileParser.parse(dockerfile), Policy.strict().withRule(rule)).findings().stream()
        .filter(f -> f.rule().equals(rule.id())).map(f -> TextReport.line("Dockerfile", f))
        .collect(Collectors.toList());
  }

  @Test
  void they_are_off_by_default_and_report_nothing_unconfigured() {
    assertThat(Rules.all()).extracting(r -> r.id().code()).doesNotContain("DF070", "DF071");
    assertThat(Rules.optIn()).extracting(r -> r.id().code()).containsExactly("DF070", "DF071");
    for (Rule rule : Rules.optIn()) {
      assertThat(lint(rule, "FROM node:20\nUSER 1000\n")).isEmpty();
    }
  }

  @Test
  void allowed_registries_check_from_and_copy_from_images() {
    Rule rule = AllowedRegistries.of(List.of("registry.acme.com", "*.mirror.acme.com"));
    Approvals.verify(String.join("\n", lint(rule, """
        ARG BASE=registry.acme.com/library/node:20
        FROM ${BASE} AS build
        FROM node:20 AS hub
        FROM eu.mirror.acme.com/library/debian:12 AS mirrored
        COPY --from=ghcr.io/acme/tools:1.2 /bin/tool /usr/local/bin/
        USER 1000
        """)) + "\n");
  }

  @Test
  void docker_hub_is_docker_io() {
    assertThat(lint(AllowedRegistries.of(List.of("docker.io")), "FROM node:20\nFROM docker.io/library/debian:12\n"
        + "USER 1000\n")).isEmpty();
  }

  @Test
  void a_registry_with_a_path_is_refused() {
    assertThatThrownBy(() -> AllowedRegistries.of(List.of("ghcr.io/acme")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("allowed registry 'ghcr.io/acme' is not a host; give a host name such as ghcr.io or "
            + "registry.acme.com:5000");
  }

  @Test
  void label_schema_checks_presence_formats_and_strictness() {
    Map<String, LabelSchema.Type> schema = new LinkedHashMap<>();
    schema.put("org.opencontainers.image.source", LabelSchema.Type.URL);
    schema.put("org.opencontainers.image.version", LabelSchema.Type.SEMVER);
    schema.put("org.opencontainers.image.created", LabelSchema.Type.RFC3339);
    schema.put("org.opencontainers.image.licenses", LabelSchema.Type.SPDX);
    schema.put("org.opencontainers.image.revision", LabelSchema.Type.GIT_HASH);
    schema.put("org.opencontainers.image.authors", LabelSchema.Type.EMAIL);
    schema.put("org.opencontainers.image.title", LabelSchema.Type.TEXT);
    schema.put("com.acme.team", LabelSchema.Type.TEXT);
    Approvals.verify(String.join("\n", lint(LabelSchema.of(schema).strict(), """
        FROM node:20 AS base
        LABEL org.opencontainers.image.licenses="MIT OR Apache-2.0"
        FROM base
        LABEL org.opencontainers.image.source=github.com/acme/app \\
              org.opencontainers.image.version=latest \\
              org.opencontainers.image.created=2024-05-01 \\
              org.opencontainers.image.revision=$GIT_SHA \\
              org.opencontainers.image.authors="Jane <jane>" \\
              org.opencontainers.image.title="" \\
              maintainer=jane
        USER 1000
        """)) + "\n");
  }

  @Test
  void valid_values_pass() {
    assertThat(LabelSchema.valid(LabelSchema.Type.SEMVER, "1.4.2-rc.1+build.5")).isTrue();
    assertThat(LabelSchema.valid(LabelSchema.Type.RFC3339, "2024-05-01T12:00:00+02:00")).isTrue();
    assertThat(LabelSchema.valid(LabelSchema.Type.SPDX, "(MIT OR Apache-2.0) AND BSD-3-Clause")).isTrue();
    assertThat(LabelSchema.valid(LabelSchema.Type.EMAIL, "team@acme.com")).isTrue();
    assertThat(LabelSchema.valid(LabelSchema.Type.GIT_HASH, "3f2a9c1e")).isTrue();
    assertThat(LabelSchema.valid(LabelSchema.Type.URL, "https://github.com/acme/app")).isTrue();
  }
}
