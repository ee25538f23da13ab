package io.github.dockerdsl.instruction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RawTest {
  @Test
  void renders_verbatim() {
    Raw raw = Raw.of("MAINTAINER someone@example.com");
    assertThat(raw.toString()).isEqualTo("MAINTAINER someone@example.com");
    assertThat(raw.keyword()).isEqualTo("MAINTAINER");
    assertThat(raw.arguments()).isEqualTo("someone@example.com");
    assertThat(Raw.of("stopsignal 9").keyword()).isEqualTo("STOPSIGNAL");
  }

  @Test
  void refuses_line_breaks() {
    assertThatThrownBy(() -> Raw.of("RUN a\nRUN b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("raw instruction 'RUN a\\nRUN b' contains a line break, which would end the instruction; "
            + "a raw instruction is one line");
  }

  @Test
  void refuses_text_without_a_keyword() {
    assertThatThrownBy(() -> Raw.of("# comment"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("raw instruction '# comment' does not start with a keyword; write e.g. 'MAINTAINER ...'");
    assertThatThrownBy(() -> Raw.of(" RUN x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("raw instruction ' RUN x' does not start with a keyword; write e.g. 'MAINTAINER ...'");
  }

  @Test
  void refuses_trailing_escape_characters() {
    assertThatThrownBy(() -> Raw.of("RUN a \\"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("raw instruction 'RUN a \\' ends with an escape character, which would swallow the next line");
    assertThatThrownBy(() -> Raw.of("RUN a `"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("raw instruction 'RUN a `' ends with an escape character, which would swallow the next line");
  }

  @Test
  void refuses_from() {
    assertThatThrownBy(() -> Raw.of("from alpine AS x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("raw instruction 'from alpine AS x' starts a stage; use Stage.from(...) instead");
  }

  @Test
  void refuses_a_heredoc_marker_when_rendered() {
    assertThatThrownBy(() -> Raw.of("RUN cat <<EOF").toString())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("raw instruction 'RUN cat <<EOF' contains '<<', which BuildKit reads as a heredoc marker; "
            + "use Command.heredocs(...) for inline documents, or '<<<' for a here-string");
  }

  @Test
  void null_is_npe() {
    assertThatThrownBy(() -> Raw.of(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("raw instruction == null");
  }
}
