package io.github.dockerdsl.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * The stage-name, tag and repository-path-component checks run as loops instead of their regexes (every FROM asks them); each
 * loop is compared with its regex over seeded random text, lengths around the tag's 128 included.
 */
class NameLoopsTest {
  /** The grammar the loop replaces, kept here as the test's reference. */
  private static final java.util.regex.Pattern TAG = java.util.regex.Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}");
  private static final java.util.regex.Pattern STAGE_NAME = java.util.regex.Pattern.compile("[a-z][a-z0-9_.-]*");
  private static final java.util.regex.Pattern COMPONENT =
      java.util.regex.Pattern.compile("[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*");

  /** Both cases, digits, the separators the rules allow, others they refuse, and non-ASCII. */
  private static final String ALPHABET = "azAZ09_.-:/ $@\u00e9\u0130";
  /** What repository path components are made of, so that many random ones are valid. */
  private static final String COMPONENT_ALPHABET = "az09_.-";

  private static String text(Random random) {
    StringBuilder out = new StringBuilder();
    int length = random.nextInt(4) == 0 ? 120 + random.nextInt(16) : random.nextInt(8);
    for (int i = 0; i < length; i++) {
      // long texts mostly of allowed characters, so that some are valid
      out.append(length <= 100 && random.nextBoolean()
          ? COMPONENT_ALPHABET.charAt(random.nextInt(COMPONENT_ALPHABET.length()))
          : length > 100 && random.nextInt(50) > 0 ? 'a' : ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return out.toString();
  }

  @RepeatedTest(100)
  void loops_answer_as_the_regexes_do(RepetitionInfo repetition) {
    long seed = 152L * 1000 + repetition.getCurrentRepetition();
    Random random = new Random(seed);
    for (int k = 0; k < 100; k++) {
      String s = text(random);
      String why = "seed " + seed + ", text '" + s + "'";
      assertThat(Names.isStageName(s)).as(why).isEqualTo(STAGE_NAME.matcher(s).matches());
      assertThat(ImageRef.isTag(s)).as(why).isEqualTo(TAG.matcher(s).matches());
      assertThat(ImageRef.isComponent(s)).as(why).isEqualTo(COMPONENT.matcher(s).matches());
    }
  }
}
