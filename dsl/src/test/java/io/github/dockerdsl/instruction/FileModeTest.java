package io.github.dockerdsl.instruction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FileModeTest {
  @Test
  void octal_and_symbolic() {
    assertThat(FileMode.of("755").toString()).isEqualTo("755");
    assertThat(FileMode.octal(0644).toString()).isEqualTo("0644");
    assertThat(FileMode.octal(04755).toString()).isEqualTo("4755");
    assertThat(FileMode.of("0644").isSymbolic()).isFalse();
    assertThat(FileMode.of("u+x,g-w,o=").isSymbolic()).isTrue();
    assertThat(FileMode.of("a+rX").toString()).isEqualTo("a+rX");
  }

  @Test
  void refuses_invalid() {
    assertThatThrownBy(() -> FileMode.of("0888"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("file mode '0888' is not valid; use octal such as 0644 or symbolic such as u+x,g-w");
    assertThatThrownBy(() -> FileMode.of("rwx"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("file mode 'rwx' is not valid; use octal such as 0644 or symbolic such as u+x,g-w");
    assertThatThrownBy(() -> FileMode.octal(010000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("file mode '10000' is out of range; octal modes are 0000 to 7777");
  }

  @Test
  void null_is_npe() {
    assertThatThrownBy(() -> FileMode.of(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("value == null");
  }
}
