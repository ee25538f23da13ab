package io.github.dockerdsl.internal;

import java.time.Duration;

/** Durations in Go's notation ({@code 1m30s}, {@code 500ms}), as Docker's flags take them. */
public final class GoDuration {
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
    // a scanner, not a regex: every HEALTHCHECK of a lint has durations, and a pattern would make the run
    // compile it and set up the JDK's method handles (docs/performance.md, sixth round)
    int at = 0;
    Duration total = Duration.ZERO;
    while (at < text.length()) {
      int i = Ascii.digitsEnd(text, at);
      if (i == at) {
        break;
      }
      if (i + 1 < text.length() && text.charAt(i) == '.' && Ascii.digitsEnd(text, i + 1) > i + 1) {
        i = Ascii.digitsEnd(text, i + 1);
      }
      double value = Double.parseDouble(text.substring(at, i));
      long nanosPerUnit;
      int unit;
      if (text.startsWith("h", i)) {
        nanosPerUnit = 3_600_000_000_000L;
        unit = 1;
      } else if (text.startsWith("ms", i)) {
        nanosPerUnit = 1_000_000L;
        unit = 2;
      } else if (text.startsWith("m", i)) {
        nanosPerUnit = 60_000_000_000L;
        unit = 1;
      } else if (text.startsWith("s", i)) {
        nanosPerUnit = 1_000_000_000L;
        unit = 1;
      } else if (text.startsWith("us", i) || text.startsWith("\u00b5s", i)) {
        nanosPerUnit = 1_000L;
        unit = 2;
      } else if (text.startsWith("ns", i)) {
        nanosPerUnit = 1L;
        unit = 2;
      } else {
        break;
      }
      total = total.plusNanos(Math.round(value * nanosPerUnit));
      at = i + unit;
    }
    if (text.isEmpty() || at != text.length()) {
      throw new IllegalArgumentException(String.format(
          "duration '%s' is not valid; write e.g. 30s, 1m30s or 500ms", Quoting.visible(text)));
    }
    return total;
  }

}
