package io.github.dockerdsl.parse;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One logical instruction: its physical lines with the continuation characters removed, joined as
 * BuildKit joins them, with a map from offsets back to lines and columns.
 */
final class Logical {
  /** The content of one physical line, starting at {@code column}. */
  record Segment(int line, int column, String content) {}

  /** How the writer indents continuation lines. */
  private static final String WRITER_INDENT = "    ";

  final List<Segment> segments = new ArrayList<>();
  final List<String> comments = new ArrayList<>();
  final Set<SourceFlag> flags = EnumSet.noneOf(SourceFlag.class);
  private final StringBuilder joined = new StringBuilder();
  /** {@link #text()}, made once the last segment is added: the parser asks for it many times per instruction. */
  private String text;
  private final List<Integer> starts = new ArrayList<>();
  final List<Integer> commentLines = new ArrayList<>();
  int endLine;

  void add(Segment segment) {
    starts.add(joined.length());
    segments.add(segment);
    joined.append(segment.content());
    text = null;
    endLine = segment.line();
  }

  String text() {
    if (text == null) {
      text = joined.toString();
    }
    return text;
  }

  int start(int segment) {
    return starts.get(segment);
  }

  /** The line of an offset in {@link #text()}. */
  int line(int offset) {
    return segments.get(segmentOf(offset)).line();
  }

  /** The column of an offset in {@link #text()}. */
  int column(int offset) {
    int s = segmentOf(offset);
    return segments.get(s).column() + Math.min(offset, joined.length()) - starts.get(s);
  }

  private int segmentOf(int offset) {
    int s = 0;
    for (int i = 0; i < segments.size(); i++) {
      if (starts.get(i) <= offset && (offset < starts.get(i) + segments.get(i).content().length()
          || i == segments.size() - 1)) {
        return i;
      }
      if (starts.get(i) <= offset) {
        s = i;
      }
    }
    return s;
  }

  /**
   * The text from {@code from} as lines, one per physical line, trimmed; a line that continues a word
   * of the previous one (no whitespace on either side of the break) is joined to it, as BuildKit does.
   * A continuation line keeps what it is indented beyond the writer's four spaces, so nested lines
   * such as a package list ({@code PackageInstall}) read back as they were written. A line break
   * inside a quoted string is kept only where writing the lines back gives BuildKit the same text;
   * otherwise the lines are joined exactly as BuildKit joins them, every space kept, so that writing
   * them back cannot change what the string holds.
   */
  List<String> lines(int from) {
    List<String> out = new ArrayList<>();
    StringBuilder current = null;
    boolean previousEndsInSpace = true;
    char quote = 0;
    for (int i = 0; i < segments.size(); i++) {
      String content = segments.get(i).content();
      int local = Math.max(0, from - starts.get(i));
      if (local >= content.length()) {
        continue;
      }
      String part = content.substring(local);
      // inside a quoted string the break stays only where the writer's " \" and four-space indent
      // give back exactly the text BuildKit joined; elsewhere the lines are joined as BuildKit joins them
      if (current != null && quote != 0 && (Lexing.strip(part).isEmpty() || !part.startsWith(WRITER_INDENT)
          || !current.substring(Lexing.stripTrailing(current.toString()).length()).equals(" "))) {
        current.append(part);
      } else if (Lexing.strip(part).isEmpty()) {
        previousEndsInSpace = true;
        continue;
      } else if (current != null && !previousEndsInSpace && !Lexing.isSpace(part.charAt(0))) {
        current.append(part);
      } else {
        if (current != null) {
          out.add(Lexing.stripTrailing(current.toString()));
        }
        current = new StringBuilder(current != null && part.startsWith(WRITER_INDENT)
            ? part.substring(WRITER_INDENT.length()) : part.substring(Lexing.skipSpaces(part, 0)));
      }
      previousEndsInSpace = Lexing.isSpace(part.charAt(part.length() - 1));
      quote = shellQuote(part, quote);
      if (quote == 0) {
        current.setLength(Lexing.stripTrailing(current.toString()).length());
      }
    }
    if (current != null) {
      out.add(current.toString());
    }
    return out;
  }

  /** The shell quote open after {@code text}, given the one open before it (0 for none). */
  private static char shellQuote(String text, char open) {
    char quote = open;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote == '\'') {
        if (c == '\'') {
          quote = 0;
        }
      } else if (c == '\\') {
        i++;
      } else if (quote == '"') {
        if (c == '"') {
          quote = 0;
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
      }
    }
    return quote;
  }
}
