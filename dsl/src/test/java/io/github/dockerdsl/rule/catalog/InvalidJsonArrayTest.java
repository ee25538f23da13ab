package io.github.dockerdsl.rule.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dockerdsl.rule.Rules;
import org.junit.jupiter.api.Test;

class InvalidJsonArrayTest {
  private static final String MESSAGE = " arguments start with '[' but are not a JSON array of strings, "
      + "so they run as a shell command, brackets and all";

  @Test
  void single_quoted_arrays_are_reported_for_cmd_entrypoint_and_volume() {
    assertThat(ParsedFindings.of(Rules.INVALID_JSON_ARRAY,
        "FROM nginx:1.27\nVOLUME ['/data']\nENTRYPOINT ['nginx']\nCMD ['-g', 'daemon off;']\n"))
        .containsExactly("0/0 VOLUME" + MESSAGE, "0/1 ENTRYPOINT" + MESSAGE, "0/2 CMD" + MESSAGE);
  }

  @Test
  void run_and_copy_with_a_broken_array_are_reported() {
    assertThat(ParsedFindings.of(Rules.INVALID_JSON_ARRAY,
        "FROM nginx:1.27\nRUN ['make', 'all']\nCOPY ['a', '/b/']\n"))
        .containsExactly("0/0 RUN" + MESSAGE, "0/1 COPY" + MESSAGE);
  }

  @Test
  void the_fix_shows_a_double_quoted_array() {
    assertThat(ParsedFindings.violations(Rules.INVALID_JSON_ARRAY, "FROM nginx:1.27\nCMD [nginx]\n"))
        .singleElement().satisfies(v -> assertThat(v.fix()).isEqualTo(
            "write a JSON array with double-quoted strings, e.g. [\"nginx\", \"-g\", \"daemon off;\"], "
                + "escaping \\ and \" inside them"));
  }

  @Test
  void valid_arrays_and_the_shell_test_command_are_not_reported() {
    assertThat(ParsedFindings.of(Rules.INVALID_JSON_ARRAY,
        "FROM nginx:1.27\nVOLUME [\"/data\"]\nRUN [ -f /etc/x ] && echo y\nRUN [[ -d /x ]] || mkdir /x\nCMD [\"nginx\", \"-g\", \"daemon off;\"]\n"))
        .isEmpty();
  }
}
