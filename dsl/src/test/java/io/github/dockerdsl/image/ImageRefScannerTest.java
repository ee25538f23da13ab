package io.github.dockerdsl.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import io.github.dockerdsl.testing.RandomText;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/** Variable references and registry hosts are read by hand, not by regexes: compared with the regexes over seeded text. */
class ImageRefScannerTest {
  /** The grammars the scanners replace, kept here as the test's reference. */
  private static final Pattern VARIABLE =
      Pattern.compile("\\$(\\{[A-Za-z_][A-Za-z0-9_]*(:?[-+][A-Za-z0-9_.-]*)?}|[A-Za-z_][A-Za-z0-9_]*)");
  private static final Pattern HOST = Pattern.compile(
      "(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*|\\[[0-9A-Fa-f:]+])"
          + "(?::[0-9]{1,5})?");

  private static final String[] VARIABLE_PIECES = {"$", "{", "}", "A", "b_", "9", ":", "-", "+", ".", "x/y", "@"};
  private static final String[] HOST_PIECES = {"a", "Z9", "-", ".", ":", "5000", "123456", "[", "]", "::1", "fe80",
      "g", "_", "\u00e9"};

  @RepeatedTest(200)
  void variable_scanner_finds_what_the_regex_finds(RepetitionInfo repetition) {
    long seed = 617L * 1000 + repetition.getCurrentRepetition();
    Random random = new Random(seed);
    for (int k = 0; k < 50; k++) {
      String text = RandomText.pieces(random, VARIABLE_PIECES, 8);
      List<String> expected = new ArrayList<>();
      Matcher m = VARIABLE.matcher(text);
      while (m.find()) {
        expected.add(m.start() + "-" + m.end());
      }
      List<String> found = new ArrayList<>();
      for (int at = text.indexOf('$'); at >= 0; at = text.indexOf('$', at)) {
        int end = ImageRef.variableEnd(text, at);
        if (end < 0) {
          at++;
        } else {
          found.add(at + "-" + end);
          at = end;
        }
      }
      assertThat(found).as("seed " + seed + ", text '" + text + "'").isEqualTo(expected);
    }
  }

  @RepeatedTest(200)
  void host_scanner_answers_as_the_regex_does(RepetitionInfo repetition) {
    long seed = 618L * 1000 + repetition.getCurrentRepetition();
    Random random = new Random(seed);
    for (int k = 0; k < 50; k++) {
      String host = RandomText.pieces(random, HOST_PIECES, 5);
      assertThat(ImageRef.isHost(host)).as("seed " + seed + ", host '" + host + "'")
          .isEqualTo(HOST.matcher(host).matches());
    }
  }
}
