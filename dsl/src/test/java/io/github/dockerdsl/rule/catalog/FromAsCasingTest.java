package io.github.dockerdsl.rule.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dockerdsl.rule.Rules;
import org.junit.jupiter.api.Test;

class FromAsCasingTest {
  @Test
  void as_in_another_case_than_from_is_reported_on_the_from_line() {
    assertThat(ParsedFindings.violations(Rules.FROM_AS_CASING, "FROM node:20 as build\nRUN make\n"))
        .singleElement().satisfies(v -> {
          assertThat(v.location().stageIndex()).isZero();
          assertThat(v.location().instructionIndex()).isEqualTo(-1);
          assertThat(v.message()).isEqualTo("keyword 'as' does not match the case of 'FROM'");
          assertThat(v.fix()).isEqualTo("write 'AS'");
        });
    assertThat(ParsedFindings.of(Rules.FROM_AS_CASING, "from node:20 AS build\nfrom build As test\n"))
        .containsExactly("0/-1 keyword 'AS' does not match the case of 'from'",
            "1/-1 keyword 'As' does not match the case of 'from'");
  }

  @Test
  void matching_case_unnamed_stages_and_mixed_case_from_are_not_reported() {
    assertThat(ParsedFindings.of(Rules.FROM_AS_CASING,
        "FROM node:20 AS build\nfrom build as test\nFrom build as other\nFROM node:20\n")).isEmpty();
  }
}
