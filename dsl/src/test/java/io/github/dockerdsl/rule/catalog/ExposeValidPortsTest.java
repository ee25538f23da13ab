package io.github.dockerdsl.rule.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dockerdsl.Stage;
import io.github.dockerdsl.rule.Rules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExposeValidPortsTest {
  @Test
  void each_bad_port_is_reported() {
    assertThat(Findings.of(Rules.EXPOSE_VALID_PORTS,
        Stage.from("node:20").raw("EXPOSE 80 8080:80 127.0.0.1:53/udp 70000 443/TCP 1-2-3 http 9/icmp")))
        .containsExactly(
            "0/0 EXPOSE port '8080:80' maps a host address or port, which EXPOSE ignores; publish ports with docker run -p",
            "0/0 EXPOSE port '127.0.0.1:53/udp' maps a host address or port, which EXPOSE ignores; publish ports with "
                + "docker run -p",
            "0/0 EXPOSE port '70000' is out of range; ports are 1 to 65535",
            "0/0 EXPOSE port '443/TCP' writes the protocol in upper case; write 'tcp'",
            "0/0 EXPOSE port '1-2-3' is not a port or a port range",
            "0/0 EXPOSE port 'http' is not a port number",
            "0/0 EXPOSE port '9/icmp' has the unknown protocol 'icmp'; use tcp, udp or sctp");
  }

  @ParameterizedTest
  @ValueSource(strings = {"EXPOSE 80 $PORT", "EXPOSE 53/udp 80/tcp ${EXTRA}", "EXPOSE 8000-8010", "EXPOSE $PORT", "EXPOSE 132/sctp"})
  void valid_ports_are_fine(String raw) {
    assertThat(Findings.of(Rules.EXPOSE_VALID_PORTS, Stage.from("node:20").raw(raw))).isEmpty();
  }

  @Test
  void typed_expose_is_always_fine() {
    assertThat(Findings.of(Rules.EXPOSE_VALID_PORTS, Stage.from("node:20").expose(65535))).isEmpty();
  }
}
