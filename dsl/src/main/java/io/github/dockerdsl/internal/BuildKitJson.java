package io.github.dockerdsl.internal;

/**
 * BuildKit's test for exec form: text after the keyword and flags that is one valid JSON array
 * (Go's {@code json.Unmarshal}) is exec form, or a parse error when it holds anything but strings.
 */
public final class BuildKitJson {

  private BuildKitJson() {}

  /** True when {@code literal} is a whole JSON number as Go reads one, for every JSON reader of ours. */
  public static boolean isNumber(String literal) {
    return numberEnd(literal, 0) == literal.length();
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
    int end = numberEnd(s, at[0]);
    if (end < 0) {
      throw new IllegalStateException();
    }
    at[0] = end;
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

  /**
   * The end of the longest JSON number at {@code from}, {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?},
   * or -1: by hand, as every exec-form and heredoc instruction of a lint is tested for JSON, and a regex
   * would make the run compile it and set up the JDK's method handles ({@code JsonNumberScannerTest}).
   */
  static int numberEnd(String s, int from) {
    int i = from;
    if (i < s.length() && s.charAt(i) == '-') {
      i++;
    }
    if (i < s.length() && s.charAt(i) == '0') {
      i++;
    } else if (i < s.length() && s.charAt(i) >= '1' && s.charAt(i) <= '9') {
      i = Ascii.digitsEnd(s, i);
    } else {
      return -1;
    }
    if (i + 1 < s.length() && s.charAt(i) == '.' && Ascii.isDigit(s.charAt(i + 1))) {
      i = Ascii.digitsEnd(s, i + 1);
    }
    if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      int j = i + 1;
      if (j < s.length() && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
        j++;
      }
      if (j < s.length() && Ascii.isDigit(s.charAt(j))) {
        i = Ascii.digitsEnd(s, j);
      }
    }
    return i;
  }

}
