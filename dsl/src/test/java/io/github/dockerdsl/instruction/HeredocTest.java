package io.github.dockerdsl.instruction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HeredocTest {
  @Test
  void markers() {
    assertThat(Heredoc.of("EOF", "x").marker()).isEqualTo("<<EOF");
    assertThat(Heredoc.of("EOF", "x").literal().marker()).isEqualTo("<<\"EOF\"");
    assertThat(Heredoc.of("EOF", "x").strippingTabs().marker()).isEqualTo("<<-EOF");
    assertThat(Heredoc.of("EOF", "x").strippingTabs().literal().marker()).isEqualTo("<<-\"EOF\"");
  }

  @Test
  void strip_tabs_body_keeps_its_tabs() {
    Run run = Run.of(Command.heredoc(Heredoc.of("EOF", "if true; then", "\techo yes", "fi").strippingTabs()));
    assertThat(run.toString()).isEqualTo("RUN <<-EOF\nif true; then\n\techo yes\nfi\nEOF");
  }

  @Test
  void body_may_hold_anything_but_the_delimiter() {
    Heredoc doc = Heredoc.of("EOF", "a \\", "# not a comment", "FROM x", "EOF2", " EOF", "$VAR `x`");
    assertThat(Copy.heredoc(doc, "/x").toString())
        .isEqualTo("COPY <<EOF /x\na \\\n# not a comment\nFROM x\nEOF2\n EOF\n$VAR `x`\nEOF");
  }

  @Test
  void empty_document() {
    assertThat(Copy.heredoc(Heredoc.of("EOF"), "/empty").toString()).isEqualTo("COPY <<EOF /empty\nEOF");
  }

  @Test
  void refuses_a_line_equal_to_the_delimiter() {
    assertThatThrownBy(() -> Heredoc.of("EOF", "a", "EOF", "b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("heredoc line 'EOF' equals the delimiter and would end the document early; choose another delimiter");
  }

  @Test
  void with_strip_tabs_a_tab_indented_delimiter_also_ends_the_document() {
    assertThatThrownBy(() -> Heredoc.of("EOF", "\t\tEOF").strippingTabs())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("heredoc line '\t\tEOF' equals the delimiter");
    assertThat(Heredoc.of("EOF", "\tEOF").lines()).containsExactly("\tEOF");
  }

  @Test
  void accepts_every_delimiter_buildkit_reads_back_from_its_marker() {
    assertThat(Heredoc.of("app.conf").marker()).isEqualTo("<<app.conf");
    assertThat(Heredoc.of("$EOF").marker()).isEqualTo("<<$EOF");
    assertThat(Heredoc.of("1EOF").marker()).isEqualTo("<<1EOF");
    assertThat(new Heredoc("one two", java.util.List.of(), false, false).marker()).isEqualTo("<<\"one two\"");
    assertThat(new Heredoc("-EOF", java.util.List.of(), true, true).marker()).isEqualTo("<<--EOF");
    // "<<-EOF" would strip tabs from a document ended by EOF; the blank keeps '-' in the word (COPY refuses it)
    assertThat(Heredoc.of("-EOF").marker()).isEqualTo("<< -EOF");
  }

  @Test
  void refuses_invalid_delimiters() {
    assertThatThrownBy(() -> Heredoc.of("E OF"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("heredoc delimiter 'E OF' is not valid; use a word such as EOF");
    assertThatThrownBy(() -> Heredoc.of("a<b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("heredoc delimiter 'a<b' is not valid; use a word such as EOF");
    assertThatThrownBy(() -> Heredoc.of("EOF\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("heredoc delimiter 'EOF\\n' is not valid; use a word such as EOF");
  }

  @Test
  void refuses_line_breaks_inside_a_line() {
    assertThatThrownBy(() -> Heredoc.of("EOF", "a\nEOF"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("heredoc line 'a\\nEOF' contains a line break, which would end the instruction; "
            + "pass each line as its own list element");
  }

  @Test
  void null_delimiter_is_npe() {
    assertThatThrownBy(() -> Heredoc.of(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("delimiter == null");
  }
}
