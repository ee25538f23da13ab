package io.github.dockerdsl.ignore;

import io.github.dockerdsl.internal.Checks;
import io.github.dockerdsl.internal.Quoting;
import java.util.regex.Pattern;

/**
 * One {@code .dockerignore} pattern: Go's {@code filepath.Match} syntax plus {@code **}, optionally
 * an exception ({@code !pattern}) that re-includes what earlier patterns excluded.
 *
 * @param pattern the cleaned pattern, without the leading {@code !}
 * @param exception true for {@code !pattern}
 */
public record IgnorePattern(String pattern, boolean exception) {
  /** Checks the pattern can be written on one line and compiles. */
  public IgnorePattern {
    Checks.checkNoControlCharacters(pattern, ".dockerignore pattern", "write one pattern per entry");
    Checks.checkArgument(!pattern.isBlank(), ".dockerignore pattern is blank; give a path or glob");
    Checks.checkArgument(!pattern.startsWith("#"),
        ".dockerignore pattern '%s' starts with '#', which makes it a comment; use a comment entry instead",
        pattern);
    Checks.checkArgument(!pattern.startsWith("!"),
        ".dockerignore pattern '%s' starts with '!'; use IgnorePattern.allow(...) for exceptions", pattern);
    Checks.checkArgument(pattern.equals(pattern.strip()),
        ".dockerignore pattern '%s' has leading or trailing whitespace, which Docker strips; remove it",
        Quoting.visible(pattern));
    toRegex(pattern);
  }

  /** A pattern that excludes matching paths. */
  public static IgnorePattern exclude(String pattern) {
    return new IgnorePattern(pattern, false);
  }

  /** An exception that re-includes matching paths. */
  public static IgnorePattern allow(String pattern) {
    return new IgnorePattern(pattern, true);
  }

  /** True when the pattern matches {@code path} or one of its parent directories. */
  public boolean matches(String path) {
    Pattern regex = toRegex(pattern);
    String p = clean(path);
    while (true) {
      if (regex.matcher(p).matches()) {
        return true;
      }
      int slash = p.lastIndexOf('/');
      if (slash < 0) {
        return false;
      }
      p = p.substring(0, slash);
    }
  }

  /** Removes a leading {@code /} or {@code ./} and trailing slashes, as Docker's {@code filepath.Clean} does. */
  static String clean(String path) {
    String p = path;
    while (p.startsWith("./")) {
      p = p.substring(2);
    }
    while (p.startsWith("/")) {
      p = p.substring(1);
    }
    while (p.endsWith("/") && p.length() > 1) {
      p = p.substring(0, p.length() - 1);
    }
    return p;
  }

  private static Pattern toRegex(String glob) {
    String g = clean(glob);
    StringBuilder re = new StringBuilder();
    for (int i = 0; i < g.length(); i++) {
      char c = g.charAt(i);
      if (c == '*') {
        if (i + 1 < g.length() && g.charAt(i + 1) == '*') {
          i++;
          if (i + 1 < g.length() && g.charAt(i + 1) == '/') {
            i++;
            re.append("(?:.*/)?");
          } else {
            re.append(".*");
          }
        } else {
          re.append("[^/]*");
        }
      } else if (c == '?') {
        re.append("[^/]");
      } else if (c == '[') {
        int end = g.indexOf(']', i + 1);
        Checks.checkArgument(end > i + 1, ".dockerignore pattern '%s' has an unclosed '['; close it or escape it", glob);
        String body = g.substring(i + 1, end);
        if (body.startsWith("^") || body.startsWith("!")) {
          body = "^" + body.substring(1);
        }
        re.append('[').append(body.replace("\\", "\\\\").replace("[", "\\[")).append(']');
        i = end;
      } else if (c == '\\' && i + 1 < g.length()) {
        re.append(Pattern.quote(String.valueOf(g.charAt(++i))));
      } else {
        re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(re.toString());
  }

  @Override
  public String toString() {
    return (exception ? "!" : "") + pattern;
  }
}
