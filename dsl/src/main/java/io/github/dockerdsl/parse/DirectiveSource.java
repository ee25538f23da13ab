package io.github.dockerdsl.parse;

import java.util.Objects;

/**
 * A parser directive as written at the top of the file.
 *
 * @param name the directive in lower case: {@code syntax}, {@code escape} or {@code check}
 * @param nameAsWritten the directive's name as written
 * @param value the value, trimmed
 * @param line the 1-based line
 */
public record DirectiveSource(String name, String nameAsWritten, String value, int line) {
  /** Checks for null. */
  public DirectiveSource {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(nameAsWritten, "nameAsWritten == null");
    Objects.requireNonNull(value, "value == null");
  }
}
