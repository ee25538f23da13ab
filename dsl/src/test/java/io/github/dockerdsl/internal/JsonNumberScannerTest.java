package io.github.dockerdsl.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dockerdsl.testing.RandomText;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/** JSON numbers are read by hand, not by a regex: compared with the regex over seeded random text. */
class JsonNumberScannerTest {
  /** The grammar the scanner replaces, kept here as the test's reference. */
  private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

  private static final String ALPHABET = "-0123.eE+x ,\u0661";

  @RepeatedTest(200)
  void scanner_reads_as_the_regex_does(RepetitionInfo repetition) {
    long seed = 620L * 1000 + repetition.getCurrentRepetition();
    Random random = new Random(seed);
    for (int k = 0; k < 100; k++) {
      String s = RandomText.chars(random, ALPHABET, 7);
      int from = s.isEmpty() ? 0 : random.nextInt(s.length());
      Matcher m = NUMBER.matcher(s).region(from, s.length());
      String why = "seed " + seed + ", text '" + s + "' from " + from;
      assertThat(BuildKitJson.numberEnd(s, from)).as(why).isEqualTo(m.lookingAt() ? m.end() : -1);
      assertThat(BuildKitJson.isNumber(s)).as(why).isEqualTo(NUMBER.matcher(s).matches());
    }
  }
}
