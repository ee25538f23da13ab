package io.github.dockerdsl.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The syntax layer printed in BuildKit's AST-dump format (the {@code result} files of its parser
 * tests), one {@code (keyword ["--flag"] "value"...)} line per instruction, so that what we read
 * can be compared with what BuildKit reads line for line, and a parser case is a one-line test.
 * Values are split per keyword as BuildKit's syntax layer splits them (JSON arrays, whitespace
 * fields, ENV/LABEL pairs, the whole rest); heredoc bodies are not part of the format.
 */
final class SyntaxDump {
  private SyntaxDump() {}

  /**
   * The dump of a whole text.
   *
   * @throws DockerfileSyntaxException where BuildKit's syntax layer refuses the text
   */
  static String dump(String text) {
    SyntaxReader reader = new SyntaxReader(text);
    StringBuilder out = new StringBuilder();
    int instructions = 0;
    for (SyntaxNode item = reader.next(); item != null; item = reader.next()) {
      if (item instanceof SyntaxNode.Instruction node) {
        Logical ll = node.ll;
        String line = ll.text().substring(node.keywordAt);
        try {
          out.append('(').append(node(line, reader.escape())).append(")\n");
        } catch (IllegalArgumentException e) {
          throw reader.error(e.getMessage(), ll.line(node.keywordAt), ll.column(node.keywordAt), e);
        }
        instructions++;
      }
    }
    if (instructions == 0) {
      throw reader.error("file with no instructions", Math.max(1, reader.lines.length), 1);
    }
    return out.toString();
  }

  /** One node: keyword lower-cased, the flags as BuildKit's flag scanner reads them, the values. */
  private static String node(String line, char escape) {
    String keyword = SyntaxReader.keywordAt(line, 0);
    StringBuilder out = new StringBuilder(keyword.toLowerCase(Locale.ROOT));
    Lexing.Flags flags = Lexing.flags(line, keyword.length(), escape);
    if (!flags.flags().isEmpty()) {
      List<String> quoted = new ArrayList<>();
      for (Lexing.Flag f : flags.flags()) {
        quoted.add(goQuote("--" + f.name() + (f.hasValue() ? "=" + f.value() : "")));
      }
      out.append(" [").append(String.join(" ", quoted)).append(']');
    }
    String rest = Lexing.strip(line.substring(Math.min(line.length(), flags.restOffset())));
    String upper = keyword.toUpperCase(Locale.ROOT);
    if (upper.equals("ONBUILD")) {
      return rest.isEmpty() ? out.toString() : out.append(" (").append(node(rest, escape)).append(')').toString();
    }
    for (String value : values(upper, rest, escape)) {
      out.append(' ').append(goQuote(value));
    }
    return out.toString();
  }

  /** The values of one instruction, as BuildKit's per-keyword line parsers split {@code rest}. */
  private static List<String> values(String upper, String rest, char escape) {
    return switch (upper) {
      case "ADD", "COPY", "VOLUME" -> {
        List<String> json = json(rest);
        yield json != null ? json : whitespaceFields(rest);
      }
      case "CMD", "ENTRYPOINT", "RUN", "SHELL" -> maybeJson(rest);
      case "EXPOSE", "FROM" -> whitespaceFields(rest);
      case "ENV", "LABEL" -> nameValues(upper, rest, escape);
      case "ARG" -> Lexing.words(rest, 0, escape).stream().map(Lexing.Word::text).toList();
      case "HEALTHCHECK" -> healthcheck(rest);
      case "MAINTAINER", "STOPSIGNAL", "USER", "WORKDIR" -> rest.isEmpty() ? List.of() : List.of(rest);
      // BuildKit ignores an unknown instruction's arguments, leaving one empty value
      default -> List.of("");
    };
  }

  /** A JSON array of strings, null when {@code rest} is no JSON array; other JSON arrays are refused. */
  private static List<String> json(String rest) {
    List<String> strings = Lexing.jsonArray(rest, 0);
    if (strings == null && Lexing.isJsonArrayOfValues(rest, 0)) {
      throw new IllegalArgumentException("when using JSON array syntax, arrays must be comprised of strings only");
    }
    return strings;
  }

  private static List<String> maybeJson(String rest) {
    if (rest.isEmpty()) {
      return List.of();
    }
    List<String> json = json(rest);
    return json != null ? json : List.of(rest);
  }

  private static List<String> healthcheck(String rest) {
    int end = 0;
    while (end < rest.length() && !isAsciiSpace(rest.charAt(end))) {
      end++;
    }
    if (rest.isEmpty()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    out.add(rest.substring(0, end));
    out.addAll(maybeJson(rest.substring(Lexing.skipSpaces(rest, end))));
    return out;
  }

  /** ENV and LABEL: {@code key value sep} triples, {@code =} for key=value and empty for the legacy form. */
  private static List<String> nameValues(String upper, String rest, char escape) {
    List<Lexing.Word> words = Lexing.words(rest, 0, escape);
    if (words.isEmpty()) {
      return List.of();
    }
    if (words.get(0).text().indexOf('=') < 0) {
      List<String> parts = splitWhitespace(rest, 2);
      if (parts.size() < 2) {
        throw new IllegalArgumentException(upper + " must have two arguments");
      }
      return List.of(parts.get(0), parts.get(1), "");
    }
    List<String> out = new ArrayList<>();
    for (Lexing.Word w : words) {
      int eq = w.text().indexOf('=');
      if (eq < 0) {
        throw new IllegalArgumentException("Syntax error - can't find = in \"" + w.text()
            + "\". Must be of the form: name=value");
      }
      out.add(w.text().substring(0, eq));
      out.add(w.text().substring(eq + 1));
      out.add("=");
    }
    return out;
  }

  private static List<String> whitespaceFields(String rest) {
    return rest.isEmpty() ? List.of() : splitWhitespace(rest, -1);
  }

  /** Go's {@code regexp.Split} on runs of {@code [\t\v\f\r ]}, at most {@code limit} parts when positive. */
  private static List<String> splitWhitespace(String s, int limit) {
    List<String> out = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < s.length()) {
      if (isSplitSpace(s.charAt(i)) && (limit < 0 || out.size() < limit - 1)) {
        int end = i;
        while (i < s.length() && isSplitSpace(s.charAt(i))) {
          i++;
        }
        out.add(s.substring(start, end));
        start = i;
      } else {
        i++;
      }
    }
    out.add(s.substring(start));
    return out;
  }

  private static boolean isSplitSpace(char c) {
    return c == '\t' || c == '\u000b' || c == '\f' || c == '\r' || c == ' ';
  }

  private static boolean isAsciiSpace(char c) {
    return isSplitSpace(c) || c == '\n';
  }

  /** Go's {@code strconv.Quote}: printable characters kept, the rest escaped. */
  static String goQuote(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      switch (cp) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case 0x07 -> out.append("\\a");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case 0x0b -> out.append("\\v");
        default -> {
          if (isPrint(cp)) {
            out.appendCodePoint(cp);
          } else if (cp < 0x80) {
            out.append(String.format("\\x%02x", cp));
          } else if (cp < 0x10000) {
            out.append(String.format("\\u%04x", cp));
          } else {
            out.append(String.format("\\U%08x", cp));
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /** Go's {@code strconv.IsPrint}: letters, marks, numbers, punctuation, symbols and the ASCII space. */
  private static boolean isPrint(int cp) {
    if (cp == ' ') {
      return true;
    }
    return switch (Character.getType(cp)) {
      case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
          Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
      default -> true;
    };
  }
}
