package io.github.dockerdsl.instruction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UserTest {
  @Test
  void by_name_id_and_group() {
    assertThat(User.of("node").toString()).isEqualTo("USER node");
    assertThat(User.of("10001:10001").toString()).isEqualTo("USER 10001:10001");
    assertThat(User.of("app:staff").toString()).isEqualTo("USER app:staff");
    assertThat(new User(UserSpec.ids(65532, 65532)).toString()).isEqualTo("USER 65532:65532");
  }

  @Test
  void refuses_junk() {
    assertThatThrownBy(() -> User.of("root; rm -rf /"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("user 'root; rm -rf /' is not a valid user or group; "
            + "use a name such as 'app' or a numeric id such as 10001");
  }

  @Test
  void null_is_npe() {
    assertThatThrownBy(() -> new User(null)).isInstanceOf(NullPointerException.class).hasMessage("user == null");
  }
}
