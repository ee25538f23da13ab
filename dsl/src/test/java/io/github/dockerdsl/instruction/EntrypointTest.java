package io.github.dockerdsl.instruction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntrypointTest {
  @Test
  void exec_form_only() {
    assertThat(Entrypoint.of("/usr/bin/tini", "--").toString()).isEqualTo("ENTRYPOINT [\"/usr/bin/tini\", \"--\"]");
    assertThat(Entrypoint.of(Command.exec("/app")).toString()).isEqualTo("ENTRYPOINT [\"/app\"]");
    assertThat(Entrypoint.of().toString()).isEqualTo("ENTRYPOINT []");
    assertThat(Entrypoint.of("/app").keyword()).isEqualTo("ENTRYPOINT");
  }
}
