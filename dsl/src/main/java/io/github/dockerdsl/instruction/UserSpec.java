package io.github.dockerdsl.instruction;

import io.github.dockerdsl.internal.Ascii;
import io.github.dockerdsl.internal.Quoting;
import java.util.Objects;
import java.util.Optional;

/** A user and optional group, by name or numeric id, for USER and {@code --chown}. */
public record UserSpec(String user, Optional<String> group) {

  /** Checks both parts. */
  public UserSpec {
    Objects.requireNonNull(user, "user == null");
    Objects.requireNonNull(group, "group == null");
    check(user, "user");
    if (group.isPresent()) { // no lambdas or regexes here: every USER and --chown of a lint checks a spec
      check(group.get(), "group");
    }
  }

  private static void check(String value, String subject) {
    if (!isName(value)) {
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
    return user.equals("root") || Ascii.isDigits(user) && user.replace("0", "").isEmpty();
  }

  /** True when the user is a numeric id. */
  public boolean isNumeric() {
    return Ascii.isDigits(user);
  }

  @Override
  public String toString() {
    return group.isPresent() ? user + ":" + group.get() : user;
  }

  /**
   * A user or group as BuildKit and the usual tools take it, the grammar
   * {@code [A-Za-z_][A-Za-z0-9_.-]*\$?|[0-9]{1,10}|\$[A-Za-z_][A-Za-z0-9_]*|\$\{[A-Za-z_][A-Za-z0-9_]*}} as
   * a loop ({@code UserSpecLoopTest} compares the two).
   */
  static boolean isName(String value) {
    int n = value.length();
    if (n == 0) {
      return false;
    }
    char first = value.charAt(0);
    if (first >= '0' && first <= '9') {
      return n <= 10 && Ascii.isDigits(value);
    }
    if (first == '$') {
      return n >= 2 && value.charAt(1) == '{'
          ? n >= 4 && value.charAt(n - 1) == '}' && Ascii.nameEnd(value, 2) == n - 1
          : Ascii.nameEnd(value, 1) == n;
    }
    if (!Ascii.isNameStart(first)) {
      return false;
    }
    int end = value.charAt(n - 1) == '$' ? n - 1 : n; // a trailing '$', as Samba's machine accounts have
    for (int i = 1; i < end; i++) {
      char c = value.charAt(i);
      if (!Ascii.isNameChar(c) && c != '.' && c != '-') {
        return false;
      }
    }
    return true;
  }

}
