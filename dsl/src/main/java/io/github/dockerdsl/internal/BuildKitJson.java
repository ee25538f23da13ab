package io.github.dockerdsl.internal;

import java.util.regex.Pattern;

/**
 * BuildKit's test for exec form: text after the keyword and flags that is one valid JSON array
 * (Go's {@code json.Unmarshal}) is exec form, or a parse error when it holds anything but strings.
 */
public final class BuildKitJson {
  private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

  private BuildKitJson() {}

  /** True when {@code literal} is a whole JSON number as Go reads one, for every JSON reader of ours. */
  public static boolean isNumber(String literal) {
    return NUMBER.matcher(literal).matches();
  }

  /**
   * True when BuildKit reads {@code args} (the text after the keyword and flags) as a JSON array:
   * as exec form when it holds only strings, and as a parse error otherwise. Shell-form text must
   * never be one.
   */
  public static boolean isJsonArray(String args) {
    String rest = BuildKitLexer.trimLeading(args);
    if (!rest.startsWith("[")) {
      return false;
    }
    int[] at = {0};
    try {
      jsonValue(rest, at);
      jsonSpace(rest, at);
      return at[0] == rest.length();
    } catch (IndexOutOfBoundsException | IllegalStateException e) {
      return false;
    }
  }

  private static void jsonSpace(String s, int[] at) {
    while (at[0] < s.length() && " \t\n\r".indexOf(s.charAt(at[0])) >= 0) {
      at[0]++;
    }
  }

  private static void jsonValue(String s, int[] at) {
    jsonSpace(s, at);
    char c = s.charAt(at[0]);
    if (c == '[' || c == '{') {
      char close = c == '[' ? ']' : '}';
      at[0]++;
      jsonSpace(s, at);
      if (s.charAt(at[0]) == close) {
        at[0]++;
        return;
      }
      while (true) {
        if (c == '{') {
          jsonSpace(s, at);
          jsonString(s, at);
          jsonSpace(s, at);
          expect(s, at, ':');
        }
        jsonValue(s, at);
        jsonSpace(s, at);
        if (s.charAt(at[0]) == ',') {
          at[0]++;
          continue;
        }
        expect(s, at, close);
        return;
      }
    }
    if (c == '"') {
      jsonString(s, at);
      return;
    }
    for (String literal : new String[] {"true", "false", "null"}) {
      if (s.startsWith(literal, at[0])) {
        at[0] += literal.length();
        return;
      }
    }
    java.util.regex.Matcher m = NUMBER.matcher(s).region(at[0], s.length());
    if (!m.lookingAt()) {
      throw new IllegalStateException();
    }
    at[0] = m.end();
  }

  private static void expect(String s, int[] at, char c) {
    if (s.charAt(at[0]) != c) {
      throw new IllegalStateException();
    }
    at[0]++;
  }

  private static void jsonString(String s, int[] at) {
    expect(s, at, '"');
    while (true) {
      char c = s.charAt(at[0]++);
      if (c == '"') {
        return;
      }
      if (c < 0x20) {
        throw new IllegalStateException();
      }
      if (c == '\\') {
        char e = s.charAt(at[0]++);
        if (e == 'u') {
          for (int i = 0; i < 4; i++) {
            if (Character.digit(s.charAt(at[0]++), 16) < 0) {
              throw new IllegalStateException();
            }
          }
        } else if ("\"\\/bfnrt".indexOf(e) < 0) {
          throw new IllegalStateException();
        }
      }
    }
  }
}
