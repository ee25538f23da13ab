package io.github.dockerdsl.instruction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class EnvTest {
  @Test
  void plain_value_is_bare() {
    assertThat(Env.of("NODE_ENV", "production").toString()).isEqualTo("ENV NODE_ENV=production");
  }

  @Test
  void several_entries_one_per_line() {
    assertThat(Env.of("A", "1").and("B", "two words").toString())
        .isEqualTo("ENV A=1 \\\n    B=\"two words\"");
  }

  @Test
  void quoting_of_special_values() {
    assertThat(Env.of("E", "").toString()).isEqualTo("ENV E=\"\"");
    assertThat(Env.of("Q", "say \"hi\"").toString()).isEqualTo("ENV Q=\"say \\\"hi\\\"\"");
    assertThat(Env.of("B", "C:\\path").toString()).isEqualTo("ENV B=\"C:\\\\path\"");
    assertThat(Env.of("H", "a#b").toString()).isEqualTo("ENV H=\"a#b\"");
    assertThat(Env.of("S", "it's").toString()).isEqualTo("ENV S=\"it's\"");
    assertThat(Env.of("T", "a\tb").toString()).isEqualTo("ENV T=\"a\tb\"");
    assertThat(Env.of("EQ", "=x").toString()).isEqualTo("ENV EQ=\"=x\"");
    assertThat(Env.of("EQ", "a=b").toString()).isEqualTo("ENV EQ=a=b");
  }

  @Test
  void dollar_is_a_variable_reference_and_stays() {
    assertThat(Env.of("PATH", "/app/bin:$PATH").toString()).isEqualTo("ENV PATH=/app/bin:$PATH");
    assertThat(Env.of("HOME_DIR", "${HOME}/x y").toString()).isEqualTo("ENV HOME_DIR=\"${HOME}/x y\"");
  }

  @Test
  void unicode_spaces_are_quoted_because_docker_splits_on_them() {
    assertThat(Env.of("N", "a\u00a0b").toString()).isEqualTo("ENV N=\"a\u00a0b\"");
    assertThat(Env.of("N", "a\u202fb").toString()).isEqualTo("ENV N=\"a\u202fb\"");
  }

  @Test
  void unicode_is_kept() {
    assertThat(Env.of("GREETING", "grüß_dich_✓").toString()).isEqualTo("ENV GREETING=grüß_dich_✓");
  }

  @Test
  void refuses_line_breaks_in_values() {
    assertThatThrownBy(() -> Env.of("A", "1\nRUN rm -rf /"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value of 'A' '1\\nRUN rm -rf /' contains a line break, which would end the instruction; "
            + "a Dockerfile value cannot hold line breaks; pass multi-line content as a file or a secret");
  }

  @Test
  void refuses_invalid_names() {
    assertThatThrownBy(() -> Env.of("1A", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ENV name '1A' is not a valid variable name; names match [A-Za-z_][A-Za-z0-9_]*");
    assertThatThrownBy(() -> Env.of("A B", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ENV name 'A B' is not a valid variable name; names match [A-Za-z_][A-Za-z0-9_]*");
  }

  @Test
  void refuses_duplicate_and_missing_entries() {
    assertThatThrownBy(() -> Env.of("A", "1").and("A", "2"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ENV key 'A' appears twice; set it once");
    assertThatThrownBy(() -> new Env(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ENV has no entries; give at least one key and value");
  }

  @Test
  void null_key_and_value_are_npe() {
    assertThatThrownBy(() -> KeyValue.of(null, "x")).isInstanceOf(NullPointerException.class)
        .hasMessage("key == null");
    assertThatThrownBy(() -> KeyValue.of("k", null)).isInstanceOf(NullPointerException.class)
        .hasMessage("value of 'k' == null");
  }
}
