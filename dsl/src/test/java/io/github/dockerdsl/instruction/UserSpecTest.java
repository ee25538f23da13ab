package io.github.dockerdsl.instruction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class UserSpecTest {
  @Test
  void parses_forms() {
    assertThat(UserSpec.parse("app")).isEqualTo(new UserSpec("app", Optional.empty()));
    assertThat(UserSpec.parse("app:www-data")).isEqualTo(UserSpec.of("app", "www-data"));
    assertThat(UserSpec.parse("10001:0").toString()).isEqualTo("10001:0");
    assertThat(UserSpec.parse("${APP_UID}:${APP_GID}").toString()).isEqualTo("${APP_UID}:${APP_GID}");
    assertThat(UserSpec.parse("$USER").toString()).isEqualTo("$USER");
    assertThat(UserSpec.parse("machine$").toString()).isEqualTo("machine$");
  }

  @Test
  void queries() {
    assertThat(UserSpec.of("root").isRoot()).isTrue();
    assertThat(UserSpec.of("0").isRoot()).isTrue();
    assertThat(UserSpec.of("10001").isRoot()).isFalse();
    assertThat(UserSpec.of("10001").isNumeric()).isTrue();
    assertThat(UserSpec.of("app").isNumeric()).isFalse();
  }

  @Test
  void refuses_invalid_parts() {
    assertThatThrownBy(() -> UserSpec.parse("app:"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("group '' is not a valid user or group; use a name such as 'app' or a numeric id such as 10001");
    assertThatThrownBy(() -> UserSpec.parse("a b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("user 'a b' is not a valid user or group; use a name such as 'app' or a numeric id such as 10001");
    assertThatThrownBy(() -> UserSpec.parse("a:b:c"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("group 'b:c' is not a valid user or group; use a name such as 'app' or a numeric id such as 10001");
    assertThatThrownBy(() -> UserSpec.ids(-1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("user id '-1:0' is negative; ids are 0 or more");
  }

  @Test
  void null_is_npe() {
    assertThatThrownBy(() -> UserSpec.parse(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("text == null");
  }
}
