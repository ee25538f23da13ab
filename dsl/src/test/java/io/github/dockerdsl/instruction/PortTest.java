package io.github.dockerdsl.instruction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PortTest {
  @Test
  void parses() {
    assertThat(Port.parse("8080")).isEqualTo(Port.tcp(8080));
    assertThat(Port.parse("8080/tcp")).isEqualTo(Port.tcp(8080));
    assertThat(Port.parse("53/udp")).isEqualTo(Port.udp(53));
    assertThat(Port.udp(53).toString()).isEqualTo("53/udp");
    assertThat(Port.tcp(1).toString()).isEqualTo("1");
    assertThat(Port.tcp(65535).toString()).isEqualTo("65535");
  }

  @Test
  void refuses_out_of_range() {
    assertThatThrownBy(() -> Port.tcp(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("port '0' is out of range; ports are 1 to 65535");
    assertThatThrownBy(() -> Port.parse("65536"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("port '65536' is out of range; ports are 1 to 65535");
  }

  @Test
  void refuses_mappings_and_bad_protocols() {
    assertThatThrownBy(() -> Port.parse("8080:80"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("port '8080:80' is not a port number; EXPOSE takes <port>[/tcp|udp], not addresses or mappings");
    assertThatThrownBy(() -> Port.parse("80/TCP"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("port '80/TCP' has protocol 'TCP'; use tcp or udp in lower case");
    assertThatThrownBy(() -> Port.parse(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("port '' is not a port number; EXPOSE takes <port>[/tcp|udp], not addresses or mappings");
  }

  @Test
  void null_is_npe() {
    assertThatThrownBy(() -> Port.parse(null)).isInstanceOf(NullPointerException.class).hasMessage("text == null");
    assertThatThrownBy(() -> new Port(80, null)).isInstanceOf(NullPointerException.class)
        .hasMessage("protocol == null");
  }
}
