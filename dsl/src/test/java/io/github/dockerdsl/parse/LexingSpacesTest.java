package io.github.dockerdsl.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The parser's space test answers printable ASCII early; its answer stays BuildKit's for every character. */
class LexingSpacesTest {
  @Test
  void the_ascii_shortcut_keeps_the_answer_for_every_character() {
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      boolean full = c == ' ' || c == '\t' || c == '\u000b' || c == '\f' || c == '\r' || c == '\n' || c == '\u0085'
          || c == '\u00a0' || Character.isSpaceChar(c);
      assertThat(Lexing.isSpace(c)).as("U+%04X", (int) c).isEqualTo(full);
    }
  }
}
