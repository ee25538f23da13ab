package io.github.dockerdsl.instruction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ShellTest {
  @Test
  void json_array() {
    assertThat(Shell.of("/bin/bash", "-o", "pipefail", "-c").toString())
        .isEqualTo("SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]");
    assertThat(Shell.of("powershell", "-Command").toString()).isEqualTo("SHELL [\"powershell\", \"-Command\"]");
  }

  @Test
  void refuses_empty() {
    assertThatThrownBy(() -> Shell.of())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("SHELL has no program; give e.g. /bin/bash -c");
  }
}
