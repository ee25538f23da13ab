package io.github.dockerdsl.rule;

import io.github.dockerdsl.internal.Quoting;
import java.util.Objects;

/**
 * A rule's stable identity: a code such as {@code DF001} and a PascalCase name such as
 * {@code PinnedBaseImage}. Company rules use their own prefix, e.g. {@code ACME001}. Equality is by
 * code alone: the code is the identity, the name a label (a parsed waiver may only know the code).
 *
 * @param code letters then digits, stable forever
 * @param name PascalCase, readable in reports
 */
public record RuleId(String code, String name) {
  /** Checks both parts. */
  public RuleId {
    Objects.requireNonNull(code, "code == null");
    Objects.requireNonNull(name, "name == null");
    if (!isCode(code)) {
      throw new IllegalArgumentException(String.format(
          "rule code '%s' is not valid; codes are 2-10 upper-case letters and 3-4 digits, e.g. ACME001",
          Quoting.visible(code)));
    }
    if (!isName(name)) {
      throw new IllegalArgumentException(String.format(
          "rule name '%s' is not PascalCase; write e.g. InternalRegistryOnly", Quoting.visible(name)));
    }
  }

  /**
   * True for a valid rule code, 2-10 upper-case ASCII letters then 3-4 digits ({@code [A-Z]{2,10}[0-9]{3,4}}),
   * for callers that read codes from text. A loop, not a regex: every built-in rule checks its id when the
   * catalogue is built, and a short process runs that in the interpreter.
   */
  public static boolean isCode(String code) {
    int n = code.length();
    int letters = 0;
    while (letters < n && code.charAt(letters) >= 'A' && code.charAt(letters) <= 'Z') {
      letters++;
    }
    int digits = n - letters;
    if (letters < 2 || letters > 10 || digits < 3 || digits > 4) {
      return false;
    }
    for (int i = letters; i < n; i++) {
      if (code.charAt(i) < '0' || code.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** {@code [A-Z][A-Za-z0-9]*}: PascalCase in ASCII. */
  private static boolean isName(String name) {
    if (name.isEmpty() || name.charAt(0) < 'A' || name.charAt(0) > 'Z') {
      return false;
    }
    for (int i = 1; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
        return false;
      }
    }
    return true;
  }

  /** A rule id. */
  public static RuleId of(String code, String name) {
    return new RuleId(code, name);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RuleId && ((RuleId) o).code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  @Override
  public String toString() {
    return code + " " + name;
  }
}
