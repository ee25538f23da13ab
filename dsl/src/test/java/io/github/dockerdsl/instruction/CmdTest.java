package io.github.dockerdsl.instruction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CmdTest {
  @Test
  void exec_form_only() {
    assertThat(Cmd.of("gunicorn", "--bind", "0.0.0.0:8000", "app:app").toString())
        .isEqualTo("CMD [\"gunicorn\", \"--bind\", \"0.0.0.0:8000\", \"app:app\"]");
    assertThat(Cmd.of(Command.exec("node", "server.js")).toString()).isEqualTo("CMD [\"node\", \"server.js\"]");
  }

  @Test
  void empty_argv_clears_an_inherited_cmd() {
    assertThat(Cmd.of().toString()).isEqualTo("CMD []");
  }

  @Test
  void json_escaping_of_every_special_character() {
    assertThat(Cmd.of("a\"b", "c\\d", "e\nf", "g\th", "\u0001", "\u2028", "ü").toString())
        .isEqualTo("CMD [\"a\\\"b\", \"c\\\\d\", \"e\\nf\", \"g\\th\", \"\\u0001\", \"\\u2028\", \"ü\"]");
  }

  @Test
  void null_argument_is_npe() {
    assertThatThrownBy(() -> Cmd.of("a", null)).isInstanceOf(NullPointerException.class);
  }
}
