package io.github.dockerdsl.instruction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WorkdirTest {
  @Test
  void renders_the_path() {
    assertThat(Workdir.of("/app").toString()).isEqualTo("WORKDIR /app");
    assertThat(Workdir.of("/my app").toString()).isEqualTo("WORKDIR /my app");
  }

  @Test
  void absolute_paths() {
    assertThat(Workdir.of("/app").isAbsolute()).isTrue();
    assertThat(Workdir.of("$HOME/app").isAbsolute()).isTrue();
    assertThat(Workdir.of("C:\\app").isAbsolute()).isTrue();
    assertThat(Workdir.of("app").isAbsolute()).isFalse();
  }

  @Test
  void refuses_bad_paths() {
    assertThatThrownBy(() -> Workdir.of(""))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("WORKDIR path is empty; give a path");
    assertThatThrownBy(() -> Workdir.of("/app "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("WORKDIR path '/app ' has leading or trailing whitespace; remove it");
    assertThatThrownBy(() -> Workdir.of("/app\nUSER root"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("WORKDIR path '/app\\nUSER root' contains a line break, which would end the instruction; "
            + "file names cannot hold line breaks or control characters");
  }

  @Test
  void refuses_a_trailing_escape_character_when_rendered() {
    assertThatThrownBy(() -> Workdir.of("C:\\app\\").toString())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("WORKDIR line 'WORKDIR C:\\app\\' ends with the escape character '\\', which would join it with "
            + "the next line; remove the trailing '\\' or quote it");
  }
}
