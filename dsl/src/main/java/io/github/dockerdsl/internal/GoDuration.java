package io.github.dockerdsl.internal;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations in Go's notation ({@code 1m30s}, {@code 500ms}), as Docker's flags take them. */
public final class GoDuration {
  private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(h|ms|m|s|us|µs|ns)");

  private GoDuration() {}

  /** Formats a positive duration: hours, minutes, seconds with a fraction, or milliseconds below one second. */
  public static String format(Duration d) {
    long millis = d.toMillis();
    if (millis < 1000) {
      return millis + "ms";
    }
    StringBuilder out = new StringBuilder();
    long hours = millis / 3_600_000;
    long minutes = millis / 60_000 % 60;
    long seconds = millis / 1000 % 60;
    long fraction = millis % 1000;
    if (hours > 0) {
      out.append(hours).append('h');
    }
    if (hours > 0 || minutes > 0) {
      out.append(minutes).append('m');
    }
    out.append(seconds);
    if (fraction > 0) {
      out.append('.').append(String.format("%03d", fraction).replaceAll("0+$", ""));
    }
    return out.append('s').toString();
  }

  /**
   * Parses Go's notation.
   *
   * @throws IllegalArgumentException if the text is not a duration
   */
  public static Duration parse(String text) {
    Matcher m = PART.matcher(text);
    int at = 0;
    Duration total = Duration.ZERO;
    while (at < text.length() && m.find(at) && m.start() == at) {
      double value = Double.parseDouble(m.group(1));
      long nanosPerUnit;
      switch (m.group(2)) {
        case "h": nanosPerUnit = 3_600_000_000_000L; break;
        case "m": nanosPerUnit = 60_000_000_000L; break;
        case "s": nanosPerUnit = 1_000_000_000L; break;
        case "ms": nanosPerUnit = 1_000_000L; break;
        case "us": case "µs": nanosPerUnit = 1_000L; break;
        default: nanosPerUnit = 1L;
      }
      total = total.plusNanos(Math.round(value * nanosPerUnit));
      at = m.end();
    }
    if (text.isEmpty() || at != text.length()) {
      throw new IllegalArgumentException(String.format(
          "duration '%s' is not valid; write e.g. 30s, 1m30s or 500ms", Quoting.visible(text)));
    }
    return total;
  }
}
