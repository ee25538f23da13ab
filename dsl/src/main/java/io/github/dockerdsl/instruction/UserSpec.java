package io.github.dockerdsl.instruction;

import io.github.dockerdsl.internal.Quoting;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/** A user and optional group, by name or numeric id, for USER and {@code --chown}. */
public record UserSpec(String user, Optional<String> group) {
  private static final Pattern ZEROS = Pattern.compile("0+");
  private static final Pattern DIGITS = Pattern.compile("[0-9]+");
  private static final String NAME = "([A-Za-z_][A-Za-z0-9_.-]*\\$?|[0-9]{1,10}|\\$[A-Za-z_][A-Za-z0-9_]*|\\$\\{[A-Za-z_][A-Za-z0-9_]*})";
  private static final Pattern NAME_PATTERN = Pattern.compile(NAME);

  /** Checks both parts. */
  public UserSpec {
    Objects.requireNonNull(user, "user == null");
    Objects.requireNonNull(group, "group == null");
    check(user, "user");
    group.ifPresent(g -> check(g, "group"));
  }

  private static void check(String value, String subject) {
    if (!NAME_PATTERN.matcher(value).matches()) {
      throw new IllegalArgumentException(String.format(
          "%s '%s' is not a valid user or group; use a name such as 'app' or a numeric id such as 10001",
          subject, Quoting.visible(value)));
    }
  }

  /** A user by name or id, without a group. */
  public static UserSpec of(String user) {
    return new UserSpec(user, Optional.empty());
  }

  /** A user and group by name or id. */
  public static UserSpec of(String user, String group) {
    return new UserSpec(user, Optional.of(group));
  }

  /** Numeric ids, the form that works on every base image, including scratch and distroless. */
  public static UserSpec ids(int uid, int gid) {
    if (uid < 0 || gid < 0) {
      throw new IllegalArgumentException(String.format(
          "user id '%d:%d' is negative; ids are 0 or more", uid, gid));
    }
    return of(Integer.toString(uid), Integer.toString(gid));
  }

  /** Parses {@code user}, {@code user:group}, {@code 10001:10001}. */
  public static UserSpec parse(String text) {
    Objects.requireNonNull(text, "text == null");
    int colon = text.indexOf(':');
    return colon < 0 ? of(text) : of(text.substring(0, colon), text.substring(colon + 1));
  }

  /** True when the user is root by name or id 0. */
  public boolean isRoot() {
    return user.equals("root") || ZEROS.matcher(user).matches();
  }

  /** True when the user is a numeric id. */
  public boolean isNumeric() {
    return DIGITS.matcher(user).matches();
  }

  @Override
  public String toString() {
    return user + group.map(g -> ":" + g).orElse("");
  }
}
