package io.github.dockerdsl.instruction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExposeTest {
  @Test
  void tcp_and_udp() {
    assertThat(Expose.of(Port.tcp(8080)).toString()).isEqualTo("EXPOSE 8080");
    assertThat(Expose.of(Port.tcp(53), Port.udp(53)).toString()).isEqualTo("EXPOSE 53 53/udp");
  }

  @Test
  void refuses_duplicates_and_none() {
    assertThatThrownBy(() -> Expose.of(Port.tcp(80), Port.parse("80/tcp")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("EXPOSE port '80' appears twice; list it once");
    assertThatThrownBy(() -> new Expose(List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("EXPOSE has no ports; give at least one");
  }
}
