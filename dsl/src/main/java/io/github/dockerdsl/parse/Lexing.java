package io.github.dockerdsl.parse;

import io.github.dockerdsl.internal.BuildKitJson;
import io.github.dockerdsl.internal.BuildKitLexer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Hand-written scanners for the pieces of Dockerfile syntax; no regular expressions on input text. */
final class Lexing {
  private Lexing() {}

  /** A word of an instruction's arguments and its offset in the logical line. */
  record Word(String text, int offset) {}

  /** A {@code --name[=value]} flag and the offset of its first dash. */
  record Flag(String name, String value, boolean hasValue, int offset) {}

  /** Flags at the start of an argument text, and the offset where the rest begins. */
  record Flags(List<Flag> flags, int restOffset) {}

  /** The result of removing quotes and escapes from a word. */
  record Unquoted(String value, boolean literalDollar, boolean unterminated) {}

  static boolean isSpace(char c) {
    if (c > ' ' && c < '\u0085') {
      // printable ASCII, most of any Dockerfile: none is a space, and Character.isSpaceChar's table
      // look-up is the cost of every skipSpaces
      return false;
    }
    return c == ' ' || c == '\t' || c == '\u000b' || c == '\f' || c == '\r' || c == '\n' || c == '\u0085'
        || c == '\u00a0' || Character.isSpaceChar(c);
  }

  static int skipSpaces(String s, int from) {
    int i = from;
    while (i < s.length() && isSpace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  static String stripTrailing(String s) {
    int end = s.length();
    while (end > 0 && isSpace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(0, end);
  }

  static String strip(String s) {
    return stripTrailing(s.substring(skipSpaces(s, 0)));
  }

  /**
   * BuildKit's {@code extractBuilderFlags}: the {@code --flag} words at the start of {@code s} from
   * {@code from}, with quotes and the escape character processed; {@code --} alone ends the flags.
   */
  static Flags flags(String s, int from, char escape) {
    // most instructions have no flags: the list is made for the first (never changed by its users)
    List<Flag> out = null;
    int pos = skipSpaces(s, from);
    while (pos + 1 < s.length() && s.charAt(pos) == '-' && s.charAt(pos + 1) == '-') {
      int start = pos;
      // room for a typical --mount=type=cache,target=... without growing
      StringBuilder word = new StringBuilder(64);
      char quote = 0;
      while (pos < s.length()) {
        char c = s.charAt(pos);
        if (quote == 0 && isSpace(c)) {
          break;
        }
        if (quote == 0 && (c == '\'' || c == '"')) {
          quote = c;
        } else if (quote != 0 && c == quote) {
          quote = 0;
        } else if (c == escape) {
          if (pos + 1 < s.length()) {
            pos++;
            word.append(s.charAt(pos));
          }
        } else {
          word.append(c);
        }
        pos++;
      }
      // the word starts with the two dashes it was found by (neither is a quote or the escape):
      // its name and value are cut from the builder, with no copy of the whole word between
      if (word.length() == 2) {
        return new Flags(out == null ? List.of() : out, skipSpaces(s, pos));
      }
      int eq = word.indexOf("=", 2);
      if (out == null) {
        out = new ArrayList<>(2);
      }
      out.add(eq < 0 ? new Flag(word.substring(2), "", false, start)
          : new Flag(word.substring(2, eq), word.substring(eq + 1), true, start));
      pos = skipSpaces(s, pos);
    }
    return new Flags(out == null ? List.of() : out, pos);
  }

  /** Whitespace-separated words, as BuildKit splits COPY, ADD, EXPOSE and VOLUME arguments. */
  static List<Word> fields(String s, int from) {
    List<Word> out = new ArrayList<>();
    int i = from;
    while (true) {
      i = skipSpaces(s, i);
      if (i >= s.length()) {
        return out;
      }
      int start = i;
      while (i < s.length() && !isSpace(s.charAt(i))) {
        i++;
      }
      out.add(new Word(s.substring(start, i), start));
    }
  }

  /**
   * BuildKit's {@code parseWords} for ENV, LABEL and ARG: words separated by unquoted whitespace,
   * quotes and escapes kept in the word.
   */
  static List<Word> words(String s, int from, char escape) {
    List<Word> out = new ArrayList<>();
    int i = skipSpaces(s, from);
    while (i < s.length()) {
      int start = i;
      // a word is its text as written (quotes and escapes kept), but for an escape character that
      // ends the text, which BuildKit drops: it is cut from the text, not copied through a builder
      int end = -1;
      char quote = 0;
      while (i < s.length()) {
        char c = s.charAt(i);
        if (quote == 0) {
          if (isSpace(c)) {
            break;
          }
          if (c == '\'' || c == '"') {
            quote = c;
          } else if (c == escape) {
            if (i + 1 == s.length()) {
              end = i;
              i++;
              continue;
            }
            i++;
          }
        } else {
          if (c == quote) {
            quote = 0;
          } else if (c == escape && quote != '\'') {
            if (i + 1 == s.length()) {
              end = i;
              i++;
              continue;
            }
            i++;
          }
        }
        i++;
      }
      out.add(new Word(s.substring(start, end < 0 ? i : end), start));
      i = skipSpaces(s, i);
    }
    return out;
  }

  /**
   * Removes quotes and escapes as BuildKit's shell lexer does for ENV, LABEL and ARG values; a
   * {@code $} stays a variable reference, and one made literal by quoting or escaping is reported.
   */
  static Unquoted unquote(String s, char escape) {
    if (s.indexOf('\'') < 0 && s.indexOf('"') < 0 && s.indexOf(escape) < 0) {
      // nothing to remove (most keys and values): the loop below would copy it character by character
      return new Unquoted(s, false, false);
    }
    StringBuilder out = new StringBuilder(s.length());
    boolean literalDollar = false;
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '\'') {
        int end = s.indexOf('\'', i + 1);
        if (end < 0) {
          return new Unquoted(out.append(s, i + 1, s.length()).toString(), literalDollar, true);
        }
        String inner = s.substring(i + 1, end);
        literalDollar |= inner.indexOf('$') >= 0;
        out.append(inner);
        i = end + 1;
      } else if (c == '"') {
        i++;
        boolean closed = false;
        while (i < s.length()) {
          char d = s.charAt(i);
          if (d == '"') {
            closed = true;
            i++;
            break;
          }
          if (d == escape && i + 1 < s.length()) {
            char next = s.charAt(i + 1);
            if (next == '"' || next == '$' || next == escape) {
              literalDollar |= next == '$';
              out.append(next);
              i += 2;
              continue;
            }
          }
          out.append(d);
          i++;
        }
        if (!closed) {
          return new Unquoted(out.toString(), literalDollar, true);
        }
      } else if (c == escape) {
        if (i + 1 < s.length()) {
          char next = s.charAt(i + 1);
          literalDollar |= next == '$';
          out.append(next);
          i += 2;
        } else {
          i++;
        }
      } else {
        out.append(c);
        i++;
      }
    }
    return new Unquoted(out.toString(), literalDollar, false);
  }

  /**
   * A strict JSON array of strings, as Go's {@code json.Unmarshal} into {@code []string} accepts it;
   * null when the text is anything else.
   */
  static List<String> jsonArray(String s, int from) {
    int[] pos = {skipJsonSpace(s, from)};
    if (pos[0] >= s.length() || s.charAt(pos[0]) != '[') {
      return null;
    }
    pos[0] = skipJsonSpace(s, pos[0] + 1);
    List<String> out = new ArrayList<>();
    if (pos[0] < s.length() && s.charAt(pos[0]) == ']') {
      pos[0]++;
    } else {
      while (true) {
        String value = jsonString(s, pos);
        if (value == null) {
          return null;
        }
        out.add(value);
        pos[0] = skipJsonSpace(s, pos[0]);
        if (pos[0] >= s.length()) {
          return null;
        }
        char c = s.charAt(pos[0]);
        pos[0] = skipJsonSpace(s, pos[0] + 1);
        if (c == ']') {
          break;
        }
        if (c != ',') {
          return null;
        }
      }
    }
    return skipJsonSpace(s, pos[0]) == s.length() ? out : null;
  }

  /**
   * True when the text from {@code from} is a JSON array of any values (numbers, nested arrays,
   * objects...), which BuildKit refuses when they are not all strings. Nesting deeper than 64 is read as
   * not JSON.
   */
  static boolean isJsonArrayOfValues(String s, int from) {
    int[] pos = {skipJsonSpace(s, from)};
    if (pos[0] >= s.length() || s.charAt(pos[0]) != '[') {
      return false;
    }
    return jsonValue(s, pos, 0) && skipJsonSpace(s, pos[0]) == s.length();
  }

  private static boolean jsonValue(String s, int[] pos, int depth) {
    pos[0] = skipJsonSpace(s, pos[0]);
    if (pos[0] >= s.length() || depth > 64) {
      return false;
    }
    char c = s.charAt(pos[0]);
    if (c == '"') {
      return jsonString(s, pos) != null;
    }
    if (c == '[' || c == '{') {
      char close = c == '[' ? ']' : '}';
      pos[0] = skipJsonSpace(s, pos[0] + 1);
      if (pos[0] < s.length() && s.charAt(pos[0]) == close) {
        pos[0]++;
        return true;
      }
      while (true) {
        if (c == '{') {
          pos[0] = skipJsonSpace(s, pos[0]);
          if (jsonString(s, pos) == null) {
            return false;
          }
          pos[0] = skipJsonSpace(s, pos[0]);
          if (pos[0] >= s.length() || s.charAt(pos[0]) != ':') {
            return false;
          }
          pos[0]++;
        }
        if (!jsonValue(s, pos, depth + 1)) {
          return false;
        }
        pos[0] = skipJsonSpace(s, pos[0]);
        if (pos[0] >= s.length()) {
          return false;
        }
        char sep = s.charAt(pos[0]++);
        if (sep == close) {
          return true;
        }
        if (sep != ',') {
          return false;
        }
      }
    }
    int start = pos[0];
    while (pos[0] < s.length() && "+-.0123456789eEtruefalsn".indexOf(s.charAt(pos[0])) >= 0) {
      pos[0]++;
    }
    String literal = s.substring(start, pos[0]);
    return literal.equals("true") || literal.equals("false") || literal.equals("null")
        || BuildKitJson.isNumber(literal);
  }

  private static int skipJsonSpace(String s, int from) {
    int i = from;
    while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\n'
        || s.charAt(i) == '\r')) {
      i++;
    }
    return i;
  }

  private static String jsonString(String s, int[] pos) {
    int i = pos[0];
    if (i >= s.length() || s.charAt(i) != '"') {
      return null;
    }
    i++;
    // most strings have no escape: they are the text up to the closing quote, cut in place
    int start = i;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '"') {
        pos[0] = i + 1;
        return s.substring(start, i);
      }
      if (c == '\\' || c < 0x20) {
        break;
      }
      i++;
    }
    StringBuilder out = new StringBuilder(i - start + 16).append(s, start, i);
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '"') {
        pos[0] = i + 1;
        return out.toString();
      }
      if (c < 0x20) {
        return null;
      }
      if (c == '\\') {
        if (i + 1 >= s.length()) {
          return null;
        }
        char e = s.charAt(i + 1);
        switch (e) {
          case '"': out.append('"'); break;
          case '\\': out.append('\\'); break;
          case '/': out.append('/'); break;
          case 'b': out.append('\b'); break;
          case 'f': out.append('\f'); break;
          case 'n': out.append('\n'); break;
          case 'r': out.append('\r'); break;
          case 't': out.append('\t'); break;
          case 'u':
            if (i + 6 > s.length()) {
              return null;
            }
            int code = 0;
            for (int k = i + 2; k < i + 6; k++) {
              int digit = Character.digit(s.charAt(k), 16);
              if (digit < 0) {
                return null;
              }
              code = code * 16 + digit;
            }
            out.append((char) code);
            i += 4;
            break;
          default:
            return null;
        }
        i += 2;
      } else {
        out.append(c);
        i++;
      }
    }
    return null;
  }

  /** Comma-separated fields as Go's CSV reader splits a {@code --mount} value, with double quotes. */
  static List<String> csv(String s) {
    if (s.indexOf('"') < 0) {
      // no quote (every typical --mount): the fields are the text between the commas, cut in place
      List<String> out = new ArrayList<>(8);
      int start = 0;
      for (int comma = s.indexOf(','); comma >= 0; comma = s.indexOf(',', start)) {
        out.add(s.substring(start, comma));
        start = comma + 1;
      }
      out.add(s.substring(start));
      return out;
    }
    List<String> out = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    boolean quoted = false;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
            field.append('"');
            i += 2;
            continue;
          }
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"' && field.length() == 0) {
        quoted = true;
      } else if (c == ',') {
        out.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
      i++;
    }
    out.add(field.toString());
    return out;
  }

  /** Go's {@code strconv.ParseBool}; null when the text is not a boolean. */
  static Boolean bool(String s) {
    switch (s) {
      case "1": case "t": case "T": case "TRUE": case "true": case "True":
        return Boolean.TRUE;
      case "0": case "f": case "F": case "FALSE": case "false": case "False":
        return Boolean.FALSE;
      default:
        return null;
    }
  }

  /** Docker's {@code units.RAMInBytes}: {@code 64m}, {@code 1g}, {@code 512kb}, binary multiples. */
  static long ramInBytes(String s) {
    int i = 0;
    while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
      i++;
    }
    String number = s.substring(0, i);
    String unit = s.substring(i).strip().toLowerCase(Locale.ROOT);
    if (number.isEmpty() || number.startsWith(".") || number.endsWith(".") || number.length() > 18) {
      throw new IllegalArgumentException(String.format(
          "tmpfs size '%s' is not a size; write bytes or a number with k, m or g such as 64m", s));
    }
    long multiplier;
    String prefix = unit.isEmpty() ? "" : unit.substring(0, 1);
    String suffix = unit.isEmpty() ? "" : unit.substring(1);
    if (!(suffix.isEmpty() || suffix.equals("b") || suffix.equals("ib")) || unit.equals("ib")) {
      throw new IllegalArgumentException(String.format(
          "tmpfs size '%s' has an unknown unit; use k, m, g, t or p", s));
    }
    switch (prefix) {
      case "": case "b": multiplier = 1L; break;
      case "k": multiplier = 1L << 10; break;
      case "m": multiplier = 1L << 20; break;
      case "g": multiplier = 1L << 30; break;
      case "t": multiplier = 1L << 40; break;
      case "p": multiplier = 1L << 50; break;
      default:
        throw new IllegalArgumentException(String.format(
            "tmpfs size '%s' has an unknown unit; use k, m, g, t or p", s));
    }
    if (unit.equals("b") && !suffix.isEmpty()) {
      multiplier = 1L;
    }
    double value = Double.parseDouble(number);
    return (long) (value * multiplier);
  }

  /** A heredoc marker found among an instruction's words. */
  record Marker(int start, int end, String name, boolean chomp, boolean quoted, String prefixDigits) {}

  /**
   * BuildKit's heredoc detection with positions: shell words (quotes kept; {@code <<} takes the
   * blanks after it into its word, as BuildKit's lexer does) that BuildKit reads as a heredoc marker
   * {@code [n]<<[-]WORD}; the name, chomp and expand flags are BuildKit's own reading of the word.
   */
  static List<Marker> heredocMarkers(String s, int from) {
    List<Marker> out = new ArrayList<>();
    int i = skipSpaces(s, from);
    while (i < s.length()) {
      int start = i;
      char quote = 0;
      while (i < s.length()) {
        char c = s.charAt(i);
        if (quote == 0 && isSpace(c)) {
          break;
        }
        if (quote == 0 && (c == '\'' || c == '"')) {
          quote = c;
        } else if (quote != 0 && c == quote) {
          quote = 0;
        } else if (c == '\\' && quote != '\'' && i + 1 < s.length()) {
          i++;
        } else if (quote == 0 && c == '<' && s.startsWith("<<", i)) {
          // "<< EOF" is one word for BuildKit's lexer
          i += 2;
          while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\r')) {
            i++;
          }
          continue;
        }
        i++;
      }
      Marker m = marker(s.substring(start, i), start);
      if (m != null) {
        out.add(m);
      }
      i = skipSpaces(s, i);
    }
    return out;
  }

  private static Marker marker(String word, int offset) {
    int d = 0;
    while (d < word.length() && Character.isDigit(word.charAt(d))) {
      d++;
    }
    if (!word.startsWith("<<", d)) {
      return null;
    }
    List<BuildKitLexer.FoundHeredoc> found;
    try {
      found = BuildKitLexer.heredocs(word);
    } catch (BuildKitLexer.LexException e) {
      return null;
    }
    if (found.size() != 1) {
      return null;
    }
    BuildKitLexer.FoundHeredoc h = found.get(0);
    return new Marker(offset, offset + word.length(), h.name(), h.chomp(), !h.expand(), word.substring(0, d));
  }
}
