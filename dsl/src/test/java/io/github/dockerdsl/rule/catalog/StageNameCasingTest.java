package io.github.dockerdsl.rule.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dockerdsl.rule.Rules;
import org.junit.jupiter.api.Test;

class StageNameCasingTest {
  @Test
  void upper_case_stage_names_are_reported_with_the_name_buildkit_uses() {
    assertThat(ParsedFindings.violations(Rules.STAGE_NAME_CASING,
        "FROM node:20 AS Build\nRUN make\nFROM node:20\nCOPY --from=build /a /a\n"))
        .singleElement().satisfies(v -> {
          assertThat(v.location().stageIndex()).isZero();
          assertThat(v.location().instructionIndex()).isEqualTo(-1);
          assertThat(v.message()).isEqualTo("stage name 'Build' is not lower case; BuildKit reads it as 'build'");
          assertThat(v.fix()).isEqualTo("write AS build and refer to the stage as build");
        });
  }

  @Test
  void lower_case_names_with_digits_and_dashes_and_unnamed_stages_are_fine() {
    assertThat(ParsedFindings.of(Rules.STAGE_NAME_CASING,
        "FROM node:20 AS build-2\nFROM node:20\nFROM build-2 AS test_x\n")).isEmpty();
  }
}
