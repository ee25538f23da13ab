package io.github.dockerdsl.rule;

import io.github.dockerdsl.internal.Quoting;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A rule's stable identity: a code such as {@code DF001} and a PascalCase name such as
 * {@code PinnedBaseImage}. Company rules use their own prefix, e.g. {@code ACME001}. Equality is by
 * code alone: the code is the identity, the name a label (a parsed waiver may only know the code).
 *
 * @param code letters then digits, stable forever
 * @param name PascalCase, readable in reports
 */
public record RuleId(String code, String name) {
  private static final Pattern CODE = Pattern.compile("[A-Z]{2,10}[0-9]{3,4}");
  private static final Pattern NAME = Pattern.compile("[A-Z][A-Za-z0-9]*");
  /** Checks both parts. */
  public RuleId {
    Objects.requireNonNull(code, "code == null");
    Objects.requireNonNull(name, "name == null");
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException(String.format(
          "rule code '%s' is not valid; codes are 2-10 upper-case letters and 3-4 digits, e.g. ACME001",
          Quoting.visible(code)));
    }
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(String.format(
          "rule name '%s' is not PascalCase; write e.g. InternalRegistryOnly", Quoting.visible(name)));
    }
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
