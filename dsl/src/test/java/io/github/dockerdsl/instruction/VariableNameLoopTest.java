package io.github.dockerdsl.instruction;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dockerdsl.testing.RandomText;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/** ENV and ARG names are checked by a loop, not the regex: compared with the regex over seeded random text. */
class VariableNameLoopTest {
  /** The grammar the loop replaces, kept here as the test's reference. */
  private static final java.util.regex.Pattern VARIABLE_NAME = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private static final String ALPHABET = "azAZ09_-.$ =\u00e9";

  @RepeatedTest(100)
  void loop_answers_as_the_regex_does(RepetitionInfo repetition) {
    long seed = 153L * 1000 + repetition.getCurrentRepetition();
    Random random = new Random(seed);
    for (int k = 0; k < 100; k++) {
      String s = RandomText.chars(random, ALPHABET, 5);
      assertThat(Env.isVariableName(s)).as("seed " + seed + ", text '" + s + "'")
          .isEqualTo(VARIABLE_NAME.matcher(s).matches());
    }
  }
}
