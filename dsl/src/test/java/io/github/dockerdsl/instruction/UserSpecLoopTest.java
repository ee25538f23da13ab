package io.github.dockerdsl.instruction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import io.github.dockerdsl.testing.RandomText;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/** Users, groups and their tests are loops, not regexes: compared with the regexes over seeded random text. */
class UserSpecLoopTest {
  /** The grammars the loops replace, kept here as the test's reference. */
  private static final Pattern NAME = Pattern.compile(
      "([A-Za-z_][A-Za-z0-9_.-]*\\$?|[0-9]{1,10}|\\$[A-Za-z_][A-Za-z0-9_]*|\\$\\{[A-Za-z_][A-Za-z0-9_]*})");
  private static final Pattern ZEROS = Pattern.compile("0+");
  private static final Pattern DIGITS = Pattern.compile("[0-9]+");

  private static final String ALPHABET = "aZ_09.-${}: \u00e9";

  @RepeatedTest(200)
  void loops_answer_as_the_regexes_do(RepetitionInfo repetition) {
    long seed = 614L * 1000 + repetition.getCurrentRepetition();
    Random random = new Random(seed);
    for (int k = 0; k < 100; k++) {
      // a quarter are digits only, of up to 12, so that the 10-digit limit is crossed
      String s = RandomText.chars(random, random.nextInt(4) == 0 ? "0019" : ALPHABET, 12);
      String why = "seed " + seed + ", text '" + s + "'";
      assertThat(UserSpec.isName(s)).as(why).isEqualTo(NAME.matcher(s).matches());
      if (UserSpec.isName(s)) {
        UserSpec spec = new UserSpec(s, Optional.empty());
        assertThat(spec.isRoot()).as(why).isEqualTo(s.equals("root") || ZEROS.matcher(s).matches());
        assertThat(spec.isNumeric()).as(why).isEqualTo(DIGITS.matcher(s).matches());
      }
    }
  }
}
