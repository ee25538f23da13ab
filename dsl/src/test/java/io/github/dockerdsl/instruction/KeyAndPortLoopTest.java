package io.github.dockerdsl.instruction;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dockerdsl.testing.RandomText;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/** LABEL keys and EXPOSE port numbers are checked by loops, not regexes: compared with the regexes over seeded random text. */
class KeyAndPortLoopTest {
  /** The grammars the loops replace, kept here as the test's reference. */
  private static final Pattern LABEL_KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]*");
  private static final Pattern PORT_NUMBER = Pattern.compile("[0-9]{1,5}");

  private static final String KEY_ALPHABET = "azAZ09._/-:$ =\u00e9\u0660";
  private static final String PORT_ALPHABET = "0159/a-\u0660 ";

  @RepeatedTest(100)
  void loops_answer_as_the_regexes_do(RepetitionInfo repetition) {
    long seed = 611L * 1000 + repetition.getCurrentRepetition();
    Random random = new Random(seed);
    for (int k = 0; k < 100; k++) {
      String key = RandomText.chars(random, KEY_ALPHABET, 6);
      assertThat(Label.isKey(key)).as("seed " + seed + ", key '" + key + "'")
          .isEqualTo(LABEL_KEY.matcher(key).matches());
      String port = RandomText.chars(random, PORT_ALPHABET, 7);
      assertThat(Port.isNumber(port)).as("seed " + seed + ", port '" + port + "'")
          .isEqualTo(PORT_NUMBER.matcher(port).matches());
    }
  }
}
