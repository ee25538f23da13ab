package io.github.dockerdsl.internal;

import java.util.List;

/**
 * All quoting and escaping of Dockerfile text. Only the writer (and error messages, through
 * {@link #visible}) call it, so there is exactly one answer to "how is this value written".
 */
public final class Quoting {
  private Quoting() {}

  /** A JSON array of strings, as exec form and SHELL take it: {@code ["a", "b"]}. */
  public static String jsonArray(List<String> values) {
    return appendJsonArray(new StringBuilder(64), values).toString();
  }

  /** {@link #jsonArray} appended to {@code out}: the writer writes it in place, with no string between. */
  public static StringBuilder appendJsonArray(StringBuilder out, List<String> values) {
    out.append('[');
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.append(", ");
      }
      appendJsonString(out, values.get(i));
    }
    return out.append(']');
  }

  /** One JSON string literal with every character that JSON requires escaped. */
  public static String jsonString(String value) {
    return appendJsonString(new StringBuilder(value.length() + 2), value).toString();
  }

  /** {@link #jsonString} appended to {@code out}. */
  private static StringBuilder appendJsonString(StringBuilder out, String value) {
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        case '\b': out.append("\\b"); break;
        case '\f': out.append("\\f"); break;
        default:
          if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    return out.append('"');
  }

  /**
   * A value of ENV, LABEL or ARG: bare when it is a single plain word, otherwise double-quoted with
   * the escape character before {@code "} and before itself. {@code $} is left alone: it starts a
   * variable reference, as the Dockerfile reference defines.
   */
  public static String word(String value, char escape) {
    if (!needsQuotes(value, escape)) {
      return value;
    }
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"' || c == escape) {
        out.append(escape);
      }
      out.append(c);
    }
    return out.append('"').toString();
  }

  private static boolean needsQuotes(String value, char escape) {
    if (value.isEmpty()) {
      return true;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (isSpace(c) || c == '"' || c == '\'' || c == escape || c == '\\' || c == '`'
          || c == '#' || c == '=' && i == 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when a path can be written bare in shell form with this escape character; otherwise the
   * writer uses JSON form. The other character of the two ({@code \} or {@code `}) is literal there,
   * so Windows paths stay bare under {@code # escape=`}.
   */
  public static boolean isPlainPath(String value, char escape) {
    if (value.isEmpty() || value.startsWith("[") || startsLikeHeredoc(value)) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (isSpace(c) || c == '"' || c == '\'' || c == escape) {
        return false;
      }
    }
    return true;
  }

  /**
   * True for a word such as {@code <<EOF} or {@code 1<<EOF}, which BuildKit reads as a heredoc
   * marker: digits, then {@code <<}. A loop, not a regex, as the writer asks this of every path.
   */
  private static boolean startsLikeHeredoc(String value) {
    int i = 0;
    while (i < value.length() && value.charAt(i) >= '0' && value.charAt(i) <= '9') {
      i++;
    }
    return value.startsWith("<<", i);
  }

  /**
   * True for every character BuildKit splits words on (Go's {@code unicode.IsSpace}), which is more
   * than {@link Character#isWhitespace}: it includes the no-break spaces U+00A0, U+2007 and U+202F.
   */
  public static boolean isSpace(char c) {
    if (c > ' ' && c < '\u0085') {
      return false; // printable ASCII, without the table look-ups below
    }
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
  }

  /**
   * A value made printable for an error message: line breaks (U+2028 and U+2029 too), control
   * characters, byte-order marks and unpaired surrogates as escapes.
   */
  public static String visible(String value) {
    // Checks build their messages before they know they fail, so this runs for every checked value;
    // most have nothing to escape and are returned as they are, without a copy.
    int first = 0;
    while (first < value.length() && !isShownEscaped(value, first)) {
      first++;
    }
    if (first == value.length()) {
      return value;
    }
    StringBuilder out = new StringBuilder(value.length() + 8).append(value, 0, first);
    for (int i = first; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c == '\t') {
        out.append("\\t");
      } else if (isShownEscaped(value, i)) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Whether {@link #visible} writes the character at {@code i} as an escape. */
  private static boolean isShownEscaped(String value, int i) {
    char c = value.charAt(i);
    return Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\ufeff'
        || Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < value.length()
            && Character.isLowSurrogate(value.charAt(i + 1)))
        && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(value.charAt(i - 1)));
  }
}
