package io.github.dockerdsl.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dockerdsl.testing.RandomText;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/** Heredoc marker words are read by hand, not by BuildKit's regex: compared with the regex over seeded random words. */
class HeredocWordTest {
  /** BuildKit's pattern (frontend/dockerfile/parser), which the scanner replaces, as the test's reference. */
  private static final Pattern HEREDOC = Pattern.compile("(\\d*)<<(-?)[\\t\\n\\f\\r ]*([^<]*)");

  private static final String[] PIECES = {"<<", "<", "-", "1", "0", "EOF", "'", "\"", " ", "\t", "\u000b", "a", "$",
      "\u0660"};

  @RepeatedTest(200)
  void scanner_reads_as_the_regex_does(RepetitionInfo repetition) {
    long seed = 616L * 1000 + repetition.getCurrentRepetition();
    Random random = new Random(seed);
    for (int k = 0; k < 50; k++) {
      String word = RandomText.pieces(random, PIECES, 5);
      Matcher m = HEREDOC.matcher(word);
      String[] expected = m.matches() && !m.group(3).isEmpty() ? new String[] {m.group(2), m.group(3)} : null;
      assertThat(BuildKitLexer.heredocParts(word)).as("seed " + seed + ", word '" + word + "'").isEqualTo(expected);
    }
  }
}
