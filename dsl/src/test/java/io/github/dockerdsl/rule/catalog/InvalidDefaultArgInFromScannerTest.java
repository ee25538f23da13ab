package io.github.dockerdsl.rule.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dockerdsl.testing.RandomText;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/** DF028's two expansion passes are read by hand, not by regexes: compared with the regexes over seeded text. */
class InvalidDefaultArgInFromScannerTest {
  /** The patterns the scanners replace, kept here as the test's reference. */
  private static final Pattern WITH_DEFAULT = Pattern.compile("\\$\\{[A-Za-z_][A-Za-z0-9_]*:?-([^}]*)}");
  private static final Pattern ANY_REFERENCE = Pattern.compile("\\$\\{[^}]*}|\\$[A-Za-z_][A-Za-z0-9_]*");

  private static final String[] PIECES = {"$", "${", "{", "}", "BASE", "a_1", "9", ":", "-", "+", "node:", "@", "/"};

  @RepeatedTest(300)
  void scanners_rewrite_as_the_regexes_do(RepetitionInfo repetition) {
    long seed = 625L * 1000 + repetition.getCurrentRepetition();
    Random random = new Random(seed);
    for (int k = 0; k < 50; k++) {
      String text = RandomText.pieces(random, PIECES, 8);
      String why = "seed " + seed + ", text '" + text + "'";
      assertThat(InvalidDefaultArgInFrom.withDefaultsTaken(text)).as(why)
          .isEqualTo(WITH_DEFAULT.matcher(text).replaceAll("$1"));
      assertThat(InvalidDefaultArgInFrom.withoutReferences(text)).as(why)
          .isEqualTo(ANY_REFERENCE.matcher(text).replaceAll(""));
    }
  }
}
