package io.github.dockerdsl.instruction;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dockerdsl.testing.RandomText;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/** A raw line's keyword and arguments are read by hand, not by regexes: compared with the regexes over seeded text. */
class RawScannerTest {
  /** The patterns the scanners replace, kept here as the test's reference. */
  private static final Pattern KEYWORD_THEN_ARGUMENTS = Pattern.compile("[A-Za-z]+(\\s.*)?");
  private static final Pattern ONE_SPACE = Pattern.compile("\\s");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private static final String[] PIECES = {"MAINTAINER", "run", "x", " ", "  ", "\t", "\u000b", "\u2028", "\u00a0",
      "a b", "1", "-", "\u0085"};

  @RepeatedTest(300)
  void scanners_read_as_the_regexes_do(RepetitionInfo repetition) {
    long seed = 626L * 1000 + repetition.getCurrentRepetition();
    Random random = new Random(seed);
    for (int k = 0; k < 50; k++) {
      String text = RandomText.pieces(random, PIECES, 5);
      String why = "seed " + seed + ", text '" + text + "'";
      assertThat(Raw.startsWithKeyword(text)).as(why).isEqualTo(KEYWORD_THEN_ARGUMENTS.matcher(text).matches());
      Raw raw;
      try {
        raw = Raw.of(text);
      } catch (IllegalArgumentException refused) {
        continue;
      }
      String[] parts = SPACES.split(text, 2);
      assertThat(raw.keyword()).as(why).isEqualTo(ONE_SPACE.split(text, 2)[0].toUpperCase(java.util.Locale.ROOT));
      assertThat(raw.arguments()).as(why).isEqualTo(parts.length > 1 ? parts[1] : "");
    }
  }
}
