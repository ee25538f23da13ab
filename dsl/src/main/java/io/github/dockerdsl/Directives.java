package io.github.dockerdsl;

import io.github.dockerdsl.internal.Ascii;
import io.github.dockerdsl.internal.Checks;
import io.github.dockerdsl.internal.Quoting;
import java.util.Objects;
import java.util.Optional;

/**
 * The parser directives at the top of a Dockerfile.
 *
 * @param syntax the frontend image, such as {@code docker/dockerfile:1.7}
 * @param escape the escape and line-continuation character, {@code \} or {@code `}
 * @param check the BuildKit check directive
 */
public record Directives(Optional<String> syntax, Optional<Character> escape, Optional<CheckDirective> check) {
  /** What {@link #isSyntaxRef} accepts, kept for its test. */
  /** No directives. */
  public static final Directives NONE = new Directives(Optional.empty(), Optional.empty(), Optional.empty());

  /** Checks each value. */
  public Directives {
    // if-present, not ifPresent(lambda): a one-file lint's path has no lambdas (docs/performance.md, sixth round)
    if (Objects.requireNonNull(syntax, "syntax == null").isPresent()) {
      String s = syntax.get();
      Checks.checkArgument(isSyntaxRef(s),
          "syntax '%s' is not a frontend image reference; use e.g. docker/dockerfile:1.7", Quoting.visible(s));
    }
    if (Objects.requireNonNull(escape, "escape == null").isPresent()) {
      char c = escape.get();
      Checks.checkArgument(c == '\\' || c == '`', "escape character '%s' is not allowed; use \\ or `", c);
    }
    Objects.requireNonNull(check, "check == null");
  }

  /**
   * {@code [A-Za-z0-9][A-Za-z0-9._/:@-]*} as a loop: every parse builds the directives twice, and a matcher per
   * build is most of the cost of a one-line check.
   */
  static boolean isSyntaxRef(String s) {
    if (s.isEmpty() || !Ascii.isAlphanumeric(s.charAt(0))) {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Ascii.isAlphanumeric(c) && c != '.' && c != '_' && c != '/' && c != ':' && c != '@' && c != '-') {
        return false;
      }
    }
    return true;
  }

  /** The escape character in force. */
  public char escapeCharacter() {
    return escape.orElse('\\');
  }
}
