package io.github.dockerdsl.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@link ShellParser} appends a run of ordinary characters at once: a character may join the run
 * only if the tokenizer's switch has no case of its own for it ('#' inside a word is ordinary).
 */
class ShellParserOrdinaryTest {
  /** The characters {@code ShellParser.run}'s switch handles by their own case, '#' left out. */
  private static final String SWITCH_CASES = " \t\r\n\\'\"$`;&|()<>";

  @Test
  void every_character_is_ordinary_exactly_when_the_switch_has_no_case_for_it() {
    for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
      boolean hasCase = SWITCH_CASES.indexOf(c) >= 0;
      assertThat(ShellParser.isOrdinary((char) c)).as("U+%04X", c).isEqualTo(!hasCase);
    }
  }

  @Test
  void a_hash_inside_a_word_stays_in_it_and_one_after_a_blank_starts_a_comment() {
    assertThat(ShellWords.parse("echo a#b c # d e").get(0).words()).containsExactly("echo", "a#b", "c");
  }
}
