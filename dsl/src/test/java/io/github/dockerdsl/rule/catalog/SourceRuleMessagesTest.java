package io.github.dockerdsl.rule.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dockerdsl.rule.Reports;
import io.github.dockerdsl.rule.Rule;
import io.github.dockerdsl.rule.Rules;
import io.github.dockerdsl.rule.Violation;
import java.util.List;
import org.approvaltests.Approvals;
import org.junit.jupiter.api.Test;

/** Pins the full report of one violation of each rule over parsed source facts (DF050-DF055). */
class SourceRuleMessagesTest {
  private static void verify(Rule rule, String text) {
    List<Violation> violations = ParsedFindings.violations(rule, text);
    assertThat(violations).isNotEmpty();
    Approvals.verify(Reports.describe(violations.get(0)));
  }

  @Test
  void df050_consistent_instruction_casing() {
    verify(Rules.CONSISTENT_INSTRUCTION_CASING, "FROM node:20\nWORKDIR /app\nrun npm ci\n");
  }

  @Test
  void df051_from_as_casing() {
    verify(Rules.FROM_AS_CASING, "FROM node:20 as build\nRUN make\n");
  }

  @Test
  void df052_stage_name_casing() {
    verify(Rules.STAGE_NAME_CASING, "FROM node:20 AS Build\nRUN make\n");
  }

  @Test
  void df053_legacy_key_value_format() {
    verify(Rules.LEGACY_KEY_VALUE_FORMAT, "FROM debian:12\nENV DEBIAN_FRONTEND noninteractive\n");
  }

  @Test
  void df054_no_empty_continuation() {
    verify(Rules.NO_EMPTY_CONTINUATION, "FROM debian:12\nRUN apt-get update \\\n\n    && apt-get install -y curl\n");
  }

  @Test
  void df055_invalid_json_array() {
    verify(Rules.INVALID_JSON_ARRAY, "FROM nginx:1.27\nCMD ['nginx', '-g', 'daemon off;']\n");
  }
}
