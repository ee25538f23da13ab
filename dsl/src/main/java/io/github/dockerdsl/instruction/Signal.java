package io.github.dockerdsl.instruction;

import io.github.dockerdsl.internal.Quoting;
import java.util.Objects;
import java.util.regex.Pattern;

/** A signal name such as {@code SIGTERM}, or a signal number, for STOPSIGNAL. */
public record Signal(String name) {
  private static final Pattern NAMED = Pattern.compile("SIG[A-Z][A-Z0-9+-]*");
  private static final Pattern NUMBERED = Pattern.compile("[1-9][0-9]?");
  /** The default stop signal. */
  public static final Signal SIGTERM = new Signal("SIGTERM");
  /** What nginx and many shells treat as a graceful stop. */
  public static final Signal SIGQUIT = new Signal("SIGQUIT");
  /** Interrupt, as Ctrl-C sends. */
  public static final Signal SIGINT = new Signal("SIGINT");

  /** Checks the spelling. */
  public Signal {
    Objects.requireNonNull(name, "name == null");
    if (!NAMED.matcher(name).matches() && !NUMBERED.matcher(name).matches()) {
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
}
