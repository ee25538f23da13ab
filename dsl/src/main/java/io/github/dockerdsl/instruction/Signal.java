package io.github.dockerdsl.instruction;

import io.github.dockerdsl.internal.Quoting;
import java.util.Objects;

/** A signal name such as {@code SIGTERM}, or a signal number, for STOPSIGNAL. */
public record Signal(String name) {
  /** The default stop signal. */
  public static final Signal SIGTERM = new Signal("SIGTERM");
  /** What nginx and many shells treat as a graceful stop. */
  public static final Signal SIGQUIT = new Signal("SIGQUIT");
  /** Interrupt, as Ctrl-C sends. */
  public static final Signal SIGINT = new Signal("SIGINT");

  /** Checks the spelling. */
  public Signal {
    Objects.requireNonNull(name, "name == null");
    if (!isNamed(name) && !isNumbered(name)) {
      throw new IllegalArgumentException(String.format(
          "signal '%s' is not valid; use an upper-case name such as SIGTERM or a number from 1 to 99",
          Quoting.visible(name)));
    }
  }

  /** Parses a signal name or number. */
  public static Signal of(String name) {
    return new Signal(name);
  }

  @Override
  public String toString() {
    return name;
  }

  /**
   * {@code SIG[A-Z][A-Z0-9+-]*} as a loop: the constants above are built when the class loads, and a
   * regex would make every run compile it ({@code SignalLoopTest} compares the two).
   */
  static boolean isNamed(String name) {
    if (name.length() < 4 || !name.startsWith("SIG") || name.charAt(3) < 'A' || name.charAt(3) > 'Z') {
      return false;
    }
    for (int i = 4; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '+' || c == '-')) {
        return false;
      }
    }
    return true;
  }

  /** {@code [1-9][0-9]?} as a loop. */
  static boolean isNumbered(String name) {
    return (name.length() == 1 || name.length() == 2) && name.charAt(0) >= '1' && name.charAt(0) <= '9'
        && (name.length() == 1 || name.charAt(1) >= '0' && name.charAt(1) <= '9');
  }
}
