package io.github.dockerdsl.instruction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StopSignalTest {
  @Test
  void renders() {
    assertThat(StopSignal.of(Signal.SIGQUIT).toString()).isEqualTo("STOPSIGNAL SIGQUIT");
    assertThat(StopSignal.of(Signal.of("9")).toString()).isEqualTo("STOPSIGNAL 9");
  }

  @Test
  void null_is_npe() {
    assertThatThrownBy(() -> StopSignal.of(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("signal == null");
  }
}
