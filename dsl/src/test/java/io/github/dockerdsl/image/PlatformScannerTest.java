package io.github.dockerdsl.image;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dockerdsl.testing.RandomText;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/** Platforms are read by hand, not by regexes: compared with the regexes over seeded random text. */
class PlatformScannerTest {
  /** The grammars the scanners replace, kept here as the test's reference. */
  private static final Pattern LITERAL = Pattern.compile("[a-z0-9_]+(/[a-z0-9_]+(/[a-z0-9]+)?)?");
  private static final Pattern WITH_VARIABLES = Pattern.compile(
      "(?:[a-z0-9_/.-]|\\$[A-Za-z_][A-Za-z0-9_]*|\\$\\{[A-Za-z_][A-Za-z0-9_]*(?::?[-+?][!-|~]*)?})+");

  private static final String[] PIECES = {"linux", "/", "amd64", "v8", "_", "$", "{", "}", "TARGETARCH", "9", ":", "-",
      "+", "?", ".", "~", " ", "A", "\u00e9", "}"};

  @RepeatedTest(300)
  void scanners_answer_as_the_regexes_do(RepetitionInfo repetition) {
    long seed = 622L * 1000 + repetition.getCurrentRepetition();
    Random random = new Random(seed);
    for (int k = 0; k < 50; k++) {
      String text = RandomText.pieces(random, PIECES, 6);
      String why = "seed " + seed + ", platform '" + text + "'";
      assertThat(Platform.isLiteral(text)).as(why).isEqualTo(LITERAL.matcher(text).matches());
      assertThat(Platform.isWithVariables(text)).as(why).isEqualTo(WITH_VARIABLES.matcher(text).matches());
    }
  }
}
