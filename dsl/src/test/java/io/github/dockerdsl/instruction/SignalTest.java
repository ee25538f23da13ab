package io.github.dockerdsl.instruction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SignalTest {
  @Test
  void names_and_numbers() {
    assertThat(Signal.of("SIGRTMIN+3").toString()).isEqualTo("SIGRTMIN+3");
    assertThat(Signal.of("15")).isNotEqualTo(Signal.SIGTERM);
    assertThat(Signal.SIGINT.name()).isEqualTo("SIGINT");
  }

  @Test
  void refuses_lower_case_and_zero() {
    assertThatThrownBy(() -> Signal.of("sigterm"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("signal 'sigterm' is not valid; use an upper-case name such as SIGTERM or a number from 1 to 99");
    assertThatThrownBy(() -> Signal.of("0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("signal '0' is not valid; use an upper-case name such as SIGTERM or a number from 1 to 99");
    assertThatThrownBy(() -> Signal.of("TERM"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("signal 'TERM' is not valid; use an upper-case name such as SIGTERM or a number from 1 to 99");
  }
}
