package io.github.dockerdsl.instruction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ArgTest {
  @Test
  void without_and_with_default() {
    assertThat(Arg.of("TARGETOS").toString()).isEqualTo("ARG TARGETOS");
    assertThat(Arg.of("NODE_VERSION", "20.11.1").toString()).isEqualTo("ARG NODE_VERSION=20.11.1");
    assertThat(Arg.of("GREETING", "hello world").toString()).isEqualTo("ARG GREETING=\"hello world\"");
    assertThat(Arg.of("EMPTY", "").toString()).isEqualTo("ARG EMPTY=\"\"");
  }

  @Test
  void refuses_invalid_name() {
    assertThatThrownBy(() -> Arg.of("node-version"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ARG name 'node-version' is not a valid variable name; names match [A-Za-z_][A-Za-z0-9_]*");
  }

  @Test
  void refuses_line_break_in_default() {
    assertThatThrownBy(() -> Arg.of("V", "1\n2"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("default of ARG 'V' '1\\n2' contains a line break, which would end the instruction; "
            + "a Dockerfile value cannot hold line breaks");
  }

  @Test
  void null_is_npe() {
    assertThatThrownBy(() -> Arg.of(null)).isInstanceOf(NullPointerException.class).hasMessage("name == null");
  }
}
