package io.github.dockerdsl.instruction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VolumeTest {
  @Test
  void json_array() {
    assertThat(Volume.of("/data").toString()).isEqualTo("VOLUME [\"/data\"]");
    assertThat(Volume.of("/data", "/var/log/my app").toString()).isEqualTo("VOLUME [\"/data\", \"/var/log/my app\"]");
  }

  @Test
  void refuses_none_and_bad_paths() {
    assertThatThrownBy(() -> Volume.of())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("VOLUME has no paths; give at least one");
    assertThatThrownBy(() -> Volume.of("/a\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("VOLUME path '/a\\n' contains a line break, which would end the instruction; "
            + "file names cannot hold line breaks or control characters");
  }
}
