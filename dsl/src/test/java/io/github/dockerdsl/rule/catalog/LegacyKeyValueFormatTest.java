package io.github.dockerdsl.rule.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dockerdsl.rule.Rules;
import org.junit.jupiter.api.Test;

class LegacyKeyValueFormatTest {
  @Test
  void env_and_label_in_the_legacy_form_are_reported_with_the_canonical_text() {
    assertThat(ParsedFindings.violations(Rules.LEGACY_KEY_VALUE_FORMAT,
        "FROM debian:12\nENV DEBIAN_FRONTEND noninteractive\nlabel description An old image\n"))
        .satisfiesExactly(
            v -> {
              assertThat(v.location().instructionIndex()).isZero();
              assertThat(v.message()).isEqualTo(
                  "ENV uses the legacy form 'ENV key value', which sets one key to the rest of the line");
              assertThat(v.fix()).isEqualTo("write key=value: ENV DEBIAN_FRONTEND=noninteractive");
            },
            v -> {
              assertThat(v.message()).isEqualTo(
                  "LABEL uses the legacy form 'LABEL key value', which sets one key to the rest of the line");
              assertThat(v.fix()).isEqualTo("write key=value: LABEL description=\"An old image\"");
            });
  }

  @Test
  void key_value_pairs_and_arg_are_not_reported() {
    assertThat(ParsedFindings.of(Rules.LEGACY_KEY_VALUE_FORMAT,
        "FROM debian:12\nENV A=1 B=\"two words\"\nLABEL a=b\nARG X\nENV C=\"c d\"\n")).isEmpty();
  }
}
