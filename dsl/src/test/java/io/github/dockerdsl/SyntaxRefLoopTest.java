package io.github.dockerdsl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * The {@code # syntax=} reference check runs as a loop instead of its regex (every parse builds the
 * directives); the loop is compared with the regex over seeded random text.
 */
class SyntaxRefLoopTest {
  /** The grammar the loop replaces, kept here as the test's reference. */
  private static final java.util.regex.Pattern SYNTAX_REF = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/:@-]*");

  /** Both cases, digits, every allowed separator, others it refuses (space, '+', '$'), and non-ASCII. */
  private static final String ALPHABET = "azAZ09._/:@- +$\u00e9\u0660";

  private static String text(Random random) {
    StringBuilder out = new StringBuilder();
    int length = random.nextInt(10);
    for (int i = 0; i < length; i++) {
      // mostly allowed characters, so that many texts are valid
      out.append(random.nextInt(4) > 0 ? ALPHABET.charAt(random.nextInt(13)) : ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return out.toString();
  }

  @RepeatedTest(100)
  void loop_answers_as_the_regex_does(RepetitionInfo repetition) {
    long seed = 155L * 1000 + repetition.getCurrentRepetition();
    Random random = new Random(seed);
    for (int k = 0; k < 100; k++) {
      String s = text(random);
      assertThat(Directives.isSyntaxRef(s)).as("seed " + seed + ", text '" + s + "'")
          .isEqualTo(SYNTAX_REF.matcher(s).matches());
    }
  }
}
