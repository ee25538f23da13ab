package io.github.dockerdsl.internal;

/**
 * The waiver comment the writer writes, {@code dockerdsl:suppress[-stage|-file] CODE -- reason}, read by
 * hand rather than by a regex: the parser and {@code Comment} test every comment, and a pattern would
 * make each lint that reads one compile it and set up the JDK's method handles (docs/performance.md,
 * sixth round; {@code WaiverLineTest} compares it with the regex it replaces).
 */
public final class WaiverLine {
  private WaiverLine() {}

  /**
   * The verb ({@code suppress}, {@code suppress-stage} or {@code suppress-file}), the rule code and the
   * reason of a whole line {@code dockerdsl:(suppress|suppress-stage|suppress-file) ([A-Z]{2,10}[0-9]{3,4})
   * -- (\S.*)}, or null when the line is not one.
   */
  public static String[] parse(String line) {
    if (!line.startsWith("dockerdsl:suppress")) {
      return null;
    }
    int at = "dockerdsl:".length();
    String verb;
    if (line.startsWith("suppress ", at)) {
      verb = "suppress";
    } else if (line.startsWith("suppress-stage ", at)) {
      verb = "suppress-stage";
    } else if (line.startsWith("suppress-file ", at)) {
      verb = "suppress-file";
    } else {
      return null;
    }
    int code = at + verb.length() + 1;
    int letters = code;
    while (letters < line.length() && line.charAt(letters) >= 'A' && line.charAt(letters) <= 'Z') {
      letters++;
    }
    int digits = letters;
    while (digits < line.length() && line.charAt(digits) >= '0' && line.charAt(digits) <= '9') {
      digits++;
    }
    if (letters - code < 2 || letters - code > 10 || digits - letters < 3 || digits - letters > 4
        || !line.startsWith(" -- ", digits)) {
      return null;
    }
    int reason = digits + 4;
    if (reason >= line.length() || " \t\n\u000b\f\r".indexOf(line.charAt(reason)) >= 0) {
      return null; // \S
    }
    for (int i = reason + 1; i < line.length(); i++) {
      if ("\n\r\u0085\u2028\u2029".indexOf(line.charAt(i)) >= 0) {
        return null; // the regex's '.' stops at a line terminator
      }
    }
    return new String[] {verb, line.substring(code, digits), line.substring(reason)};
  }
}
