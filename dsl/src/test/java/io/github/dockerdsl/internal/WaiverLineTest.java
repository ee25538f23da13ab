package io.github.dockerdsl.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/** Waiver comments are read by hand, not by a regex: compared with the regex over seeded random lines. */
class WaiverLineTest {
  /** The grammar the scanner replaces, kept here as the test's reference. */
  private static final Pattern WAIVER =
      Pattern.compile("dockerdsl:(suppress|suppress-stage|suppress-file) ([A-Z]{2,10}[0-9]{3,4}) -- (\\S.*)");

  private static final String[] VERBS = {"suppress", "suppress-stage", "suppress-file", "suppress-x", "suppres"};
  private static final String[] CODE_PIECES = {"DF", "DL", "A", "ABCDEFGHIJK", "0", "12", "123", "3", "a", " "};
  private static final String[] REST_PIECES = {" -- ", " --", "--", " ", "reason", "\t", "\u0085", "\u2028", "x"};

  @RepeatedTest(300)
  void scanner_reads_as_the_regex_does(RepetitionInfo repetition) {
    long seed = 623L * 1000 + repetition.getCurrentRepetition();
    Random random = new Random(seed);
    for (int k = 0; k < 50; k++) {
      StringBuilder out = new StringBuilder("dockerdsl:").append(VERBS[random.nextInt(VERBS.length)]).append(' ');
      for (int i = random.nextInt(4); i > 0; i--) {
        out.append(CODE_PIECES[random.nextInt(CODE_PIECES.length)]);
      }
      for (int i = random.nextInt(4); i > 0; i--) {
        out.append(REST_PIECES[random.nextInt(REST_PIECES.length)]);
      }
      String line = out.toString();
      Matcher m = WAIVER.matcher(line);
      String[] expected = m.matches() ? new String[] {m.group(1), m.group(2), m.group(3)} : null;
      assertThat(WaiverLine.parse(line)).as("seed " + seed + ", line '" + line + "'").isEqualTo(expected);
    }
  }
}
