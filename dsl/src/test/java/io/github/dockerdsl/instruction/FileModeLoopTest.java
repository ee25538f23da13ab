package io.github.dockerdsl.instruction;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dockerdsl.testing.RandomText;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/** File modes are checked by loops, not regexes: compared with the regexes over seeded random text. */
class FileModeLoopTest {
  /** The grammars the loops replace, kept here as the test's reference. */
  private static final Pattern OCTAL = Pattern.compile("[0-7]{3,4}");
  private static final Pattern SYMBOLIC = Pattern.compile("[ugoa]*[-+=][rwxXst]*(,[ugoa]*[-+=][rwxXst]*)*");

  private static final String OCTAL_ALPHABET = "0478a";
  private static final String SYMBOLIC_ALPHABET = "ugoa-+=rwxXst,zU ";

  @RepeatedTest(200)
  void loops_answer_as_the_regexes_do(RepetitionInfo repetition) {
    long seed = 621L * 1000 + repetition.getCurrentRepetition();
    Random random = new Random(seed);
    for (int k = 0; k < 100; k++) {
      String octal = RandomText.chars(random, OCTAL_ALPHABET, 5);
      assertThat(FileMode.isOctal(octal)).as("seed " + seed + ", mode '" + octal + "'")
          .isEqualTo(OCTAL.matcher(octal).matches());
      String symbolic = RandomText.chars(random, SYMBOLIC_ALPHABET, 8);
      assertThat(FileMode.isSymbolic(symbolic)).as("seed " + seed + ", mode '" + symbolic + "'")
          .isEqualTo(SYMBOLIC.matcher(symbolic).matches());
    }
  }
}
