package io.github.dockerdsl.image;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dockerdsl.testing.RandomText;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/** A digest's hex is checked by a loop, not a regex: compared with the regex over seeded random text. */
class DigestHexLoopTest {
  /** The grammar the loop replaces, kept here as the test's reference. */
  private static final Pattern HEX = Pattern.compile("[0-9a-f]+");

  private static final String ALPHABET = "09afgAF: \u0660";

  @RepeatedTest(100)
  void loop_answers_as_the_regex_does(RepetitionInfo repetition) {
    long seed = 613L * 1000 + repetition.getCurrentRepetition();
    Random random = new Random(seed);
    for (int k = 0; k < 100; k++) {
      String s = RandomText.chars(random, ALPHABET, 5);
      assertThat(Digest.isLowerHex(s)).as("seed " + seed + ", text '" + s + "'").isEqualTo(HEX.matcher(s).matches());
    }
  }
}
