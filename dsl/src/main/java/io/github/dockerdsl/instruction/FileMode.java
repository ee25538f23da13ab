package io.github.dockerdsl.instruction;

import io.github.dockerdsl.internal.Quoting;
import java.util.Objects;
import java.util.regex.Pattern;

/** A file mode for {@code --chmod} or a mount {@code mode}: octal such as {@code 0644} or symbolic such as {@code u+x}. */
public record FileMode(String value) {
  private static final Pattern OCTAL = Pattern.compile("[0-7]{3,4}");
  private static final String SYMBOLIC = "[ugoa]*[-+=][rwxXst]*(,[ugoa]*[-+=][rwxXst]*)*";
  private static final Pattern SYMBOLIC_PATTERN = Pattern.compile(SYMBOLIC);

  /** Checks the spelling. */
  public FileMode {
    Objects.requireNonNull(value, "value == null");
    if (!OCTAL.matcher(value).matches() && !SYMBOLIC_PATTERN.matcher(value).matches()) {
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
    return !OCTAL.matcher(value).matches();
  }

  @Override
  public String toString() {
    return value;
  }
}
