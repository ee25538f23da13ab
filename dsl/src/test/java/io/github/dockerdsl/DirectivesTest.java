package io.github.dockerdsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DirectivesTest {
  @Test
  void defaults() {
    assertThat(Directives.NONE.escapeCharacter()).isEqualTo('\\');
    assertThat(new Directives(Optional.empty(), Optional.of('`'), Optional.empty()).escapeCharacter()).isEqualTo('`');
  }

  @Test
  void refuses_other_escape_characters() {
    assertThatThrownBy(() -> Dockerfile.builder().escape('^'))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("escape character '^' is not allowed; use \\ or `");
  }

  @Test
  void refuses_a_syntax_that_is_not_an_image() {
    assertThatThrownBy(() -> Dockerfile.builder().syntax("docker/dockerfile:1\nRUN x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("syntax 'docker/dockerfile:1\\nRUN x' is not a frontend image reference; "
            + "use e.g. docker/dockerfile:1.7");
  }

  @Test
  void check_directive_values() {
    assertThat(CheckDirective.errorOnFindings().value()).isEqualTo("error=true");
    assertThat(new CheckDirective(List.of("all"), Optional.empty()).value()).isEqualTo("skip=all");
    assertThat(new CheckDirective(List.of("A", "B"), Optional.of(false)).value()).isEqualTo("skip=A,B;error=false");
  }

  @Test
  void check_directive_refusals() {
    assertThatThrownBy(() -> new CheckDirective(List.of(), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("check directive is empty; give skip or error");
    assertThatThrownBy(() -> new CheckDirective(List.of("A;error=false"), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("check name 'A;error=false' is not valid; "
            + "use BuildKit check names such as JSONArgsRecommended, or all");
  }
}
