package io.github.dockerdsl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/** Frontend references are read by hand, not by a regex: compared with the regex over seeded random text. */
class FrontendScannerTest {
  /** The grammar the scanner replaces, kept here as the test's reference. */
  private static final Pattern FRONTEND = Pattern.compile(
      "(?:docker\\.io/)?docker/dockerfile(?:-upstream)?:(\\d+)(?:\\.(\\d+))?(?:\\.\\d+)?(-labs)?(@.*)?");

  private static final String[] PIECES = {"docker.io/", "docker/dockerfile", "-upstream", ":", "1", "07", ".", "-labs",
      "@sha256:ab", "\n", "x", "\u0661"};

  @RepeatedTest(300)
  void scanner_reads_as_the_regex_does(RepetitionInfo repetition) {
    long seed = 619L * 1000 + repetition.getCurrentRepetition();
    Random random = new Random(seed);
    for (int k = 0; k < 50; k++) {
      StringBuilder out = new StringBuilder(random.nextInt(3) == 0 ? "" : "docker/dockerfile:");
      int n = random.nextInt(6);
      for (int i = 0; i < n; i++) {
        out.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String text = out.toString();
      Matcher m = FRONTEND.matcher(text);
      int[] expected = m.matches() ? new int[] {Integer.parseInt(m.group(1)),
          m.group(2) == null ? Integer.MAX_VALUE : Integer.parseInt(m.group(2))} : null;
      assertThat(SyntaxVersion.frontendVersion(text)).as("seed " + seed + ", text '" + text + "'").isEqualTo(expected);
    }
  }
}
