package io.github.dockerdsl.rule.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dockerdsl.rule.Rules;
import org.junit.jupiter.api.Test;

class NoEmptyContinuationTest {
  @Test
  void an_empty_line_inside_a_continuation_is_reported() {
    assertThat(ParsedFindings.violations(Rules.NO_EMPTY_CONTINUATION,
        "FROM debian:12\nrun apt-get update \\\n\n    && apt-get install -y curl\nUSER 1000\n"))
        .singleElement().satisfies(v -> {
          assertThat(v.location().instructionIndex()).isZero();
          assertThat(v.message()).isEqualTo(
              "RUN (lines 2-4) has an empty line inside its line continuation; BuildKit will make this an error");
          assertThat(v.fix()).isEqualTo("remove the empty line, or end the instruction before it");
        });
  }

  @Test
  void comment_lines_and_empty_lines_between_instructions_are_fine() {
    assertThat(ParsedFindings.of(Rules.NO_EMPTY_CONTINUATION,
        "FROM debian:12\n\nRUN a \\\n  # a comment\n  && b\n\nUSER 1000\n")).isEmpty();
  }
}
