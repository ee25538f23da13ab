package io.github.dockerdsl.instruction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HealthcheckTest {
  @Test
  void defaults() {
    assertThat(Healthcheck.of("/app", "-health").toString()).isEqualTo("HEALTHCHECK CMD [\"/app\", \"-health\"]");
  }

  @Test
  void every_option() {
    Healthcheck h = Healthcheck.of("curl", "-fsS", "http://localhost:8080/health")
        .withInterval(Duration.ofSeconds(30))
        .withTimeout(Duration.ofMillis(1500))
        .withStartPeriod(Duration.ofMinutes(1).plusSeconds(30))
        .withStartInterval(Duration.ofMillis(500))
        .withRetries(5);
    assertThat(h.toString()).isEqualTo("HEALTHCHECK --interval=30s --timeout=1.5s --start-period=1m30s "
        + "--start-interval=500ms --retries=5 CMD [\"curl\", \"-fsS\", \"http://localhost:8080/health\"]");
  }

  @Test
  void long_durations() {
    assertThat(Healthcheck.of("x").withInterval(Duration.ofHours(2).plusSeconds(5)).toString())
        .isEqualTo("HEALTHCHECK --interval=2h0m5s CMD [\"x\"]");
  }

  @Test
  void none() {
    assertThat(Healthcheck.none().toString()).isEqualTo("HEALTHCHECK NONE");
    assertThat(Healthcheck.none().isNone()).isTrue();
  }

  @Test
  void refuses_options_on_none() {
    assertThatThrownBy(() -> Healthcheck.none().withRetries(3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("HEALTHCHECK NONE takes no options; remove them or give a command");
  }

  @Test
  void refuses_no_command() {
    assertThatThrownBy(() -> Healthcheck.of())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("HEALTHCHECK has no command; use Healthcheck.none() to disable checks");
  }

  @Test
  void refuses_bad_durations_and_retries() {
    assertThatThrownBy(() -> Healthcheck.of("x").withInterval(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("HEALTHCHECK --interval 'PT0S' is not a positive whole number of milliseconds; "
            + "use e.g. Duration.ofSeconds(30)");
    assertThatThrownBy(() -> Healthcheck.of("x").withTimeout(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("HEALTHCHECK --timeout 'PT-1S' is not a positive whole number of milliseconds");
    assertThatThrownBy(() -> Healthcheck.of("x").withStartPeriod(Duration.ofNanos(1500)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("HEALTHCHECK --start-period 'PT0.0000015S'");
    assertThatThrownBy(() -> Healthcheck.of("x").withRetries(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("HEALTHCHECK retries '0' is less than 1; give 1 or more");
  }

  @Test
  void null_options_are_npe() {
    assertThatThrownBy(() -> new Healthcheck(List.of("x"), null, Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty())).isInstanceOf(NullPointerException.class).hasMessage("interval == null");
  }
}
