package io.github.dockerdsl.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import io.github.dockerdsl.testing.RandomText;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/** Go durations are read by a scanner, not a regex: compared with the regex reading over seeded random text. */
class GoDurationScannerTest {
  /** The reading the scanner replaces, kept here as the test's reference. */
  private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(h|ms|m|s|us|\u00b5s|ns)");

  private static final String[] PIECES = {"0", "1", "5", "30", "1.5", "2.", ".5", "h", "m", "s", "ms", "us", "\u00b5s",
      "ns", "x", " ", "-", "\u0660"};

  @RepeatedTest(200)
  void scanner_reads_as_the_regex_did(RepetitionInfo repetition) {
    long seed = 615L * 1000 + repetition.getCurrentRepetition();
    Random random = new Random(seed);
    for (int k = 0; k < 50; k++) {
      String text = RandomText.pieces(random, PIECES, 5);
      Duration expected = reference(text);
      Throwable thrown = catchThrowable(() -> GoDuration.parse(text));
      String why = "seed " + seed + ", text '" + text + "'";
      if (expected == null) {
        assertThat(thrown).as(why).isInstanceOf(IllegalArgumentException.class)
            .hasMessage("duration '" + Quoting.visible(text) + "' is not valid; write e.g. 30s, 1m30s or 500ms");
      } else {
        assertThat(thrown).as(why).isNull();
        assertThat(GoDuration.parse(text)).as(why).isEqualTo(expected);
      }
    }
  }

  /** The former regex reading: the duration, or null where it refused the text. */
  private static Duration reference(String text) {
    Matcher m = PART.matcher(text);
    int at = 0;
    Duration total = Duration.ZERO;
    while (at < text.length() && m.find(at) && m.start() == at) {
      double value = Double.parseDouble(m.group(1));
      long nanosPerUnit = switch (m.group(2)) {
        case "h" -> 3_600_000_000_000L;
        case "m" -> 60_000_000_000L;
        case "s" -> 1_000_000_000L;
        case "ms" -> 1_000_000L;
        case "us", "\u00b5s" -> 1_000L;
        default -> 1L;
      };
      total = total.plusNanos(Math.round(value * nanosPerUnit));
      at = m.end();
    }
    return text.isEmpty() || at != text.length() ? null : total;
  }
}
