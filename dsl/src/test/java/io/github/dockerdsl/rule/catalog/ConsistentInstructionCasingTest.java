package io.github.dockerdsl.rule.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dockerdsl.Dockerfile;
import io.github.dockerdsl.Stage;
import io.github.dockerdsl.rule.Policy;
import io.github.dockerdsl.rule.Rules;
import org.junit.jupiter.api.Test;

class ConsistentInstructionCasingTest {
  @Test
  void lower_case_keywords_in_an_upper_case_file_are_reported() {
    assertThat(ParsedFindings.of(Rules.CONSISTENT_INSTRUCTION_CASING,
        "FROM node:20\nWORKDIR /app\nrun npm ci\nCOPY . .\nUSER node\n"))
        .containsExactly("0/1 keyword 'run' is lower case while most keywords in this file are upper case");
  }

  @Test
  void upper_case_keywords_in_a_lower_case_file_are_reported_with_the_fix() {
    assertThat(ParsedFindings.violations(Rules.CONSISTENT_INSTRUCTION_CASING,
        "from node:20\nworkdir /app\nrun npm ci\nCOPY . .\n"))
        .singleElement().satisfies(v -> {
          assertThat(v.location().instructionIndex()).isEqualTo(2);
          assertThat(v.message()).isEqualTo(
              "keyword 'COPY' is upper case while most keywords in this file are lower case");
          assertThat(v.fix()).isEqualTo("write 'copy'; dockerdsl fmt writes every keyword in upper case");
        });
  }

  @Test
  void mixed_case_keywords_and_onbuild_triggers_are_reported_whatever_the_majority() {
    assertThat(ParsedFindings.of(Rules.CONSISTENT_INSTRUCTION_CASING,
        "ARG V=1\nFrom node:20\nONBUILD run make\nWorkDir /app\n"))
        .containsExactly(
            "0/-1 keyword 'From' mixes upper and lower case",
            "0/0 ONBUILD trigger keyword 'run' is lower case while most keywords in this file are upper case",
            "0/1 keyword 'WorkDir' mixes upper and lower case");
  }

  @Test
  void an_all_lower_case_file_is_consistent_and_arg_a_b_is_reported_once() {
    assertThat(ParsedFindings.of(Rules.CONSISTENT_INSTRUCTION_CASING,
        "# a comment\nfrom node:20\narg a b\nrun make\n")).isEmpty();
    assertThat(ParsedFindings.of(Rules.CONSISTENT_INSTRUCTION_CASING,
        "FROM node:20\nRUN make\nRUN make\narg a b\n"))
        .containsExactly("0/2 keyword 'arg' is lower case while most keywords in this file are upper case");
  }

  @Test
  void built_dockerfiles_have_no_source_and_are_never_reported() {
    Dockerfile df = Dockerfile.builder().stage(Stage.from("node:20").run("make").build()).build(Policy.none());
    assertThat(Policy.strict().evaluate(df)).noneMatch(v -> v.rule().equals(Rules.CONSISTENT_INSTRUCTION_CASING.id()));
  }
}
