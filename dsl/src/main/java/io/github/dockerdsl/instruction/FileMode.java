package io.github.dockerdsl.instruction;

import io.github.dockerdsl.internal.Quoting;
import java.util.Objects;

/** A file mode for {@code --chmod} or a mount {@code mode}: octal such as {@code 0644} or symbolic such as {@code u+x}. */
public record FileMode(String value) {

  /** Checks the spelling. */
  public FileMode {
    Objects.requireNonNull(value, "value == null");
    if (!isOctal(value) && !isSymbolic(value)) {
      throw new IllegalArgumentException(String.format(
          "file mode '%s' is not valid; use octal such as 0644 or symbolic such as u+x,g-w",
          Quoting.visible(value)));
    }
  }

  /** An octal mode from its digits as written, such as {@code "0755"}. */
  public static FileMode of(String value) {
    return new FileMode(value);
  }

  /** An octal mode from a number, such as {@code FileMode.octal(0755)}. */
  public static FileMode octal(int mode) {
    if (mode < 0 || mode > 07777) {
      throw new IllegalArgumentException(String.format(
          "file mode '%o' is out of range; octal modes are 0000 to 7777", mode));
    }
    return new FileMode(String.format("%04o", mode));
  }

  /** True for symbolic modes, which need Dockerfile syntax 1.14. */
  public boolean isSymbolic() {
    return !isOctal(value);
  }

  @Override
  public String toString() {
    return value;
  }

  /** {@code [0-7]{3,4}} as a loop: every {@code --chmod} and mount mode of a lint is checked, and no regex compiles at start. */
  static boolean isOctal(String value) {
    if (value.length() < 3 || value.length() > 4) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) < '0' || value.charAt(i) > '7') {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code [ugoa]*[-+=][rwxXst]*(,[ugoa]*[-+=][rwxXst]*)*} as a loop: clauses split at commas, each
   * who-letters, one operator, permission letters ({@code FileModeLoopTest} compares it with the regex).
   */
  static boolean isSymbolic(String value) {
    int start = 0;
    while (true) {
      int end = value.indexOf(',', start);
      if (!isSymbolicClause(value, start, end < 0 ? value.length() : end)) {
        return false;
      }
      if (end < 0) {
        return true;
      }
      start = end + 1;
    }
  }

  private static boolean isSymbolicClause(String value, int from, int to) {
    int i = from;
    while (i < to && "ugoa".indexOf(value.charAt(i)) >= 0) {
      i++;
    }
    if (i == to || "-+=".indexOf(value.charAt(i)) < 0) {
      return false;
    }
    for (i++; i < to; i++) {
      if ("rwxXst".indexOf(value.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }
}
