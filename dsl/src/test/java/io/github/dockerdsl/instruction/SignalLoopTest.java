package io.github.dockerdsl.instruction;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dockerdsl.testing.RandomText;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/** Signal names and numbers are checked by loops, not regexes: compared with the regexes over seeded random text. */
class SignalLoopTest {
  /** The grammars the loops replace, kept here as the test's reference. */
  private static final Pattern NAMED = Pattern.compile("SIG[A-Z][A-Z0-9+-]*");
  private static final Pattern NUMBERED = Pattern.compile("[1-9][0-9]?");

  private static final String ALPHABET = "SIGTERMaz09+-_ \u0660";
  private static final String DIGITS = "0129a \u0661";

  @RepeatedTest(100)
  void loops_answer_as_the_regexes_do(RepetitionInfo repetition) {
    long seed = 612L * 1000 + repetition.getCurrentRepetition();
    Random random = new Random(seed);
    for (int k = 0; k < 100; k++) {
      // half the names start with SIG, so the loop's body is reached
      String name = (random.nextBoolean() ? "SIG" : "") + RandomText.chars(random, ALPHABET, 5);
      assertThat(Signal.isNamed(name)).as("seed " + seed + ", name '" + name + "'")
          .isEqualTo(NAMED.matcher(name).matches());
      String number = RandomText.chars(random, DIGITS, 3);
      assertThat(Signal.isNumbered(number)).as("seed " + seed + ", number '" + number + "'")
          .isEqualTo(NUMBERED.matcher(number).matches());
    }
  }
}
