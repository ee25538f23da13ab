package io.github.dockerdsl.image;

import java.util.Set;
import java.util.regex.Pattern;

/** The naming rule shared by stage names and named build contexts. */
final class Names {
  private Names() {}

  static final Pattern STAGE_NAME = Pattern.compile("[a-z][a-z0-9_.-]*");
  static final Set<String> RESERVED = Set.of("scratch", "context");

  static String checkStageName(String name, String subject) {
    if (name == null) {
      throw new NullPointerException(subject + " == null");
    }
    if (!STAGE_NAME.matcher(name).matches()) {
      String hint = !name.isEmpty() && STAGE_NAME.matcher(name.toLowerCase(java.util.Locale.ROOT)).matches()
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
