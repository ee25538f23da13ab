package io.github.dockerdsl.instruction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CommentTest {
  @Test
  void one_hash_per_line() {
    assertThat(Comment.of("Build the wheels").toString()).isEqualTo("# Build the wheels");
    assertThat(Comment.of("first\n\nthird").toString()).isEqualTo("# first\n#\n# third");
    assertThat(Comment.of("a\nb").lines()).containsExactly("a", "b");
  }

  @Test
  void refuses_carriage_returns_and_control_characters() {
    assertThatThrownBy(() -> Comment.of("a\r\nRUN x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("comment line 'a\\r' contains a line break, which would end the instruction; "
            + "use \\n only to separate comment lines");
    assertThatThrownBy(() -> Comment.of("bell\u0007"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("comment line 'bell\\u0007' contains the control character U+0007; "
            + "use \\n only to separate comment lines");
  }

  @Test
  void null_is_npe() {
    assertThatThrownBy(() -> Comment.of(null)).isInstanceOf(NullPointerException.class).hasMessage("text == null");
  }
}
