package io.github.dockerdsl.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small, independent model of how BuildKit splits Dockerfile text into instructions: it joins
 * lines that end in the escape character, drops comment and blank lines (also inside
 * continuations), and skips the bodies of heredocs named in RUN, COPY and ADD. Test code only; it
 * shares nothing with the writer.
 */
final class TextScanner {
  private static final Pattern HEREDOC_WORD = Pattern.compile("^\\d*<<(-?)([^<].*)$");

  /** One logical instruction: its joined text and the bodies of its heredocs. */
  record Logical(String text, List<List<String>> bodies) {
    String keyword() {
      String[] parts = text.stripLeading().split("[ \t]", 2);
      return parts[0].toUpperCase(java.util.Locale.ROOT);
    }

    /** The text after the keyword and one space. */
    String arguments() {
      String t = text.stripLeading();
      int space = t.indexOf(' ');
      return space < 0 ? "" : t.substring(space + 1);
    }
  }

  private TextScanner() {}

  /** True for the characters Go's unicode.IsSpace accepts, which BuildKit splits words on. */
  static boolean isGoSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r' || c == '\u0085'
        || Character.isSpaceChar(c);
  }

  static List<Logical> scan(String text, char escape) {
    if (!text.endsWith("\n")) {
      throw new AssertionError("text does not end with a newline");
    }
    if (text.indexOf('\r') >= 0) {
      throw new AssertionError("text contains a carriage return");
    }
    String[] lines = text.substring(0, text.length() - 1).split("\n", -1);
    List<Logical> out = new ArrayList<>();
    int i = 0;
    while (i < lines.length) {
      String line = lines[i++];
      if (isBlank(line) || isComment(line)) {
        continue;
      }
      StringBuilder joined = new StringBuilder();
      String current = line;
      while (endsWithEscape(current, escape)) {
        joined.append(stripEscape(current, escape));
        current = null;
        while (i < lines.length) {
          String next = lines[i++];
          if (isComment(next) || isBlank(next)) {
            continue;
          }
          current = next;
          break;
        }
        if (current == null) {
          current = "";
          break;
        }
      }
      joined.append(current);
      String logical = joined.toString();
      List<List<String>> bodies = new ArrayList<>();
      String keyword = new Logical(logical, List.of()).keyword();
      String args = new Logical(logical, List.of()).arguments();
      if (keyword.equals("ONBUILD")) {
        keyword = new Logical(args, List.of()).keyword();
      }
      if (keyword.equals("RUN") || keyword.equals("COPY") || keyword.equals("ADD")) {
        for (String word : words(logical, escape)) {
          Matcher m = HEREDOC_WORD.matcher(word);
          if (!m.matches()) {
            continue;
          }
          String name = m.group(2);
          if (name.length() >= 2 && (name.startsWith("\"") && name.endsWith("\"")
              || name.startsWith("'") && name.endsWith("'"))) {
            name = name.substring(1, name.length() - 1);
          }
          if (name.isEmpty()) {
            continue;
          }
          boolean stripTabs = !m.group(1).isEmpty();
          List<String> body = new ArrayList<>();
          boolean closed = false;
          while (i < lines.length) {
            String b = lines[i++];
            String compared = stripTabs ? b.replaceFirst("^\t+", "") : b;
            if (compared.equals(name)) {
              closed = true;
              break;
            }
            body.add(b);
          }
          if (!closed) {
            throw new AssertionError("heredoc '" + name + "' is never closed");
          }
          bodies.add(body);
        }
      }
      out.add(new Logical(logical, bodies));
    }
    return out;
  }

  /** Splits on Go whitespace outside quotes, keeping quotes, the way BuildKit looks for heredoc words. */
  static List<String> words(String text, char escape) {
    List<String> out = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    char quote = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote == 0 && isGoSpace(c)) {
        if (word.length() > 0) {
          out.add(word.toString());
          word.setLength(0);
        }
        continue;
      }
      word.append(c);
      if (c == escape && quote != '\'' && i + 1 < text.length()) {
        word.append(text.charAt(++i));
      } else if (quote == 0 && (c == '"' || c == '\'')) {
        quote = c;
      } else if (c == quote) {
        quote = 0;
      }
    }
    if (word.length() > 0) {
      out.add(word.toString());
    }
    return out;
  }

  private static boolean isBlank(String line) {
    for (int i = 0; i < line.length(); i++) {
      if (!isGoSpace(line.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isComment(String line) {
    int i = 0;
    while (i < line.length() && isGoSpace(line.charAt(i))) {
      i++;
    }
    return i < line.length() && line.charAt(i) == '#';
  }

  private static boolean endsWithEscape(String line, char escape) {
    int end = line.length();
    while (end > 0 && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '\t')) {
      end--;
    }
    return end > 0 && line.charAt(end - 1) == escape;
  }

  private static String stripEscape(String line, char escape) {
    int end = line.length();
    while (end > 0 && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '\t')) {
      end--;
    }
    return line.substring(0, end - 1);
  }

  /**
   * Decodes one ENV/LABEL/ARG value as Docker reads it: a double-quoted word where the escape
   * character escapes the next character, or a bare word that must hold no whitespace, quote or
   * escape character. Returns the value and checks nothing follows it.
   */
  static String decodeWord(String text, char escape) {
    if (text.startsWith("\"")) {
      StringBuilder out = new StringBuilder();
      int i = 1;
      while (true) {
        if (i >= text.length()) {
          throw new AssertionError("unterminated quoted word: " + text);
        }
        char c = text.charAt(i);
        if (c == escape && i + 1 < text.length()) {
          char next = text.charAt(i + 1);
          if (next == '"' || next == escape || next == '$') {
            out.append(next);
          } else {
            out.append(c).append(next);
          }
          i += 2;
        } else if (c == '"') {
          if (i != text.length() - 1) {
            throw new AssertionError("text after the quoted word: " + text);
          }
          return out.toString();
        } else {
          out.append(c);
          i++;
        }
      }
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isGoSpace(c) || c == '"' || c == '\'' || c == escape) {
        throw new AssertionError("bare word holds " + (int) c + " which Docker would not keep: " + text);
      }
    }
    return text;
  }

  /** Splits a shell-form COPY/ADD argument list, or decodes it when it is a JSON array. */
  static List<String> decodeFileArgs(String text) {
    if (text.startsWith("[")) {
      return MiniJson.parseStringArray(text);
    }
    List<String> out = new ArrayList<>();
    for (String w : text.split("[ \t\u000b\f\u0085\\p{Zs}\u2028\u2029]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }
}
