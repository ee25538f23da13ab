package io.github.dockerdsl.rule.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import io.github.dockerdsl.testing.RandomText;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/** Variable references in FROM lines are read by hand, not by a regex: compared with the regex over seeded text. */
class VariablesScannerTest {
  /** The grammar the scanner replaces, kept here as the test's reference. */
  private static final Pattern REFERENCE =
      Pattern.compile("\\$(?:\\{([A-Za-z_][A-Za-z0-9_]*)(?::?[-+]([^}]*))?}|([A-Za-z_][A-Za-z0-9_]*))");

  private static final String[] PIECES = {"$", "{", "}", "BASE", "a_1", "9", ":", "-", "+", "x/y", "@", " ", "\n"};

  @RepeatedTest(300)
  void scanner_finds_what_the_regex_finds(RepetitionInfo repetition) {
    long seed = 624L * 1000 + repetition.getCurrentRepetition();
    Random random = new Random(seed);
    for (int k = 0; k < 50; k++) {
      String text = RandomText.pieces(random, PIECES, 8);
      List<String> expected = new ArrayList<>();
      Matcher m = REFERENCE.matcher(text);
      while (m.find()) {
        expected.add(m.start() + ".." + m.end() + " " + (m.group(1) != null ? m.group(1) : m.group(3)) + " "
            + m.group(2));
      }
      List<String> found = new ArrayList<>();
      for (int at = text.indexOf('$'); at >= 0; at = text.indexOf('$', at)) {
        Variables.Reference ref = Variables.reference(text, at);
        if (ref == null) {
          at++;
        } else {
          found.add(at + ".." + ref.end() + " " + ref.name() + " " + ref.value());
          at = ref.end();
        }
      }
      assertThat(found).as("seed " + seed + ", text '" + text + "'").isEqualTo(expected);
    }
  }
}
