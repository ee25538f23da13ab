package io.github.dockerdsl.image;

import java.util.Set;

/** The naming rule shared by stage names and named build contexts. */
final class Names {
  private Names() {}

  static final Set<String> RESERVED = Set.of("scratch", "context");

  /** {@code [a-z][a-z0-9_.-]*} as a loop: every FROM ... AS and COPY --from asks it, and no regex compiles at start. */
  static boolean isStageName(String name) {
    if (name.isEmpty() || name.charAt(0) < 'a' || name.charAt(0) > 'z') {
      return false;
    }
    for (int i = 1; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '.' || c == '-')) {
        return false;
      }
    }
    return true;
  }

  static String checkStageName(String name, String subject) {
    if (name == null) {
      throw new NullPointerException(subject + " == null");
    }
    if (!isStageName(name)) {
      String hint = !name.isEmpty() && isStageName(name.toLowerCase(java.util.Locale.ROOT))
          ? "use lower case, e.g. '" + name.toLowerCase(java.util.Locale.ROOT) + "'"
          : "names match [a-z][a-z0-9_.-]*";
      throw new IllegalArgumentException(String.format(
          "%s '%s' is not a valid stage name; %s", subject,
          io.github.dockerdsl.internal.Quoting.visible(name), hint));
    }
    if (RESERVED.contains(name)) {
      throw new IllegalArgumentException(String.format(
          "%s '%s' is reserved by BuildKit; choose another name, e.g. '%s-stage'", subject, name, name));
    }
    return name;
  }
}
