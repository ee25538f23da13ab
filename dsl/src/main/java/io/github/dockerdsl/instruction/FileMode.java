package io.github.dockerdsl.instruction;

import io.github.dockerdsl.internal.Quoting;
import java.util.Objects;

/** A file mode for {@code --chmod} or a mount {@code mode}: octal such as {@code 0644} or symbolic such as {@code u+x}. */
public record FileMode(String value) {
  private static final String SYMBOLIC = "[ugoa]*[-+=][rwxXst]*(,[ugoa]*[-+=][rwxXst]*)*";

  /** Checks the spelling. */
  public FileMode {
    Objects.requireNonNull(value, "value == null");
    if (!value.matches("[0-7]{3,4}") && !value.matches(SYMBOLIC)) {
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
    return !value.matches("[0-7]{3,4}");
  }

  @Override
  public String toString() {
    return value;
  }
}
