package io.github.dockerdsl.internal;

/**
 * ASCII character classes, for the hand-written scanners that replace regular expressions on the lint
 * path (a pattern would make each run compile it and set up the JDK's method handles;
 * docs/performance.md, sixth round). Regex {@code [0-9]} and {@code [A-Za-z]} are ASCII too.
 */
public final class Ascii {
  private Ascii() {}

  /** {@code [A-Za-z]}. */
  public static boolean isLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  /** {@code [0-9]}. */
  public static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** {@code [A-Za-z0-9]}. */
  public static boolean isAlphanumeric(char c) {
    return isLetter(c) || isDigit(c);
  }

  /** {@code [A-Za-z_]}, the first character of a variable name. */
  public static boolean isNameStart(char c) {
    return isLetter(c) || c == '_';
  }

  /** {@code [A-Za-z0-9_]}, the other characters of a variable name. */
  public static boolean isNameChar(char c) {
    return isAlphanumeric(c) || c == '_';
  }

  /** The end of the run of {@code [0-9]} starting at {@code from} ({@code from} itself when there is none). */
  public static int digitsEnd(CharSequence text, int from) {
    int i = from;
    while (i < text.length() && isDigit(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Whether {@code text} is {@code [0-9]+}. */
  public static boolean isDigits(CharSequence text) {
    return text.length() > 0 && digitsEnd(text, 0) == text.length();
  }

  /** The end of the variable name {@code [A-Za-z_][A-Za-z0-9_]*} starting at {@code from}, or -1 when none starts there. */
  public static int nameEnd(CharSequence text, int from) {
    if (from >= text.length() || !isNameStart(text.charAt(from))) {
      return -1;
    }
    int i = from + 1;
    while (i < text.length() && isNameChar(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Whether {@code text} is a whole variable name, {@code [A-Za-z_][A-Za-z0-9_]*}. */
  public static boolean isName(CharSequence text) {
    return nameEnd(text, 0) == text.length();
  }
}
