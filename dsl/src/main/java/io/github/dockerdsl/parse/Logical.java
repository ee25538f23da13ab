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
  /** The writer's indent of continuation lines. */
  private static final int CANONICAL_INDENT = 4;
  /** The one level of nesting a shell line keeps beyond the writer's indent. */
  static final String NESTED = "    ";

  /** The content of one physical line, starting at {@code column}. */
  record Segment(int line, int column, String content) {}

  final List<Segment> segments = new ArrayList<>();
  final List<String> comments = new ArrayList<>();
  final Set<SourceFlag> flags = EnumSet.noneOf(SourceFlag.class);
  private final StringBuilder joined = new StringBuilder();
  private final List<Integer> starts = new ArrayList<>();
  final List<Integer> commentLines = new ArrayList<>();
  int endLine;

  void add(Segment segment) {
    starts.add(joined.length());
    segments.add(segment);
    joined.append(segment.content());
    endLine = segment.line();
  }

  String text() {
    return joined.toString();
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
   */
  List<String> lines(int from) {
    return lines(from, false);
  }

  /**
   * As {@link #lines(int)}; with {@code keepNesting}, a continuation line indented by eight columns
   * or more becomes one nested level ({@link #NESTED}), so nested lists (a package per
   * line under {@code apt-get install}) read back as the model wrote them and formatting keeps them.
   */
  List<String> lines(int from, boolean keepNesting) {
    List<String> out = new ArrayList<>();
    StringBuilder current = null;
    boolean previousEndsInSpace = true;
    for (int i = 0; i < segments.size(); i++) {
      String content = segments.get(i).content();
      int local = Math.max(0, from - starts.get(i));
      if (local >= content.length()) {
        continue;
      }
      String part = content.substring(local);
      if (Lexing.strip(part).isEmpty()) {
        previousEndsInSpace = true;
        continue;
      }
      if (current != null && !previousEndsInSpace && !Lexing.isSpace(part.charAt(0))) {
        current.append(Lexing.stripTrailing(part));
      } else {
        if (current != null) {
          out.add(current.toString());
        }
        String nesting = keepNesting && current != null ? nesting(part) : "";
        current = new StringBuilder(nesting).append(Lexing.strip(part));
      }
      previousEndsInSpace = Lexing.isSpace(part.charAt(part.length() - 1));
    }
    if (current != null) {
      out.add(current.toString());
    }
    return out;
  }

  /**
   * One nested level for a line indented by eight columns or more (a tab counts four), else nothing:
   * the writer puts nested lines at eight, and a hand-written six-space indent stays a plain one.
   */
  private static String nesting(String part) {
    int width = 0;
    for (int i = 0; i < part.length() && (part.charAt(i) == ' ' || part.charAt(i) == '\t'); i++) {
      width += part.charAt(i) == '\t' ? CANONICAL_INDENT : 1;
      if (width >= 2 * CANONICAL_INDENT) {
        return NESTED;
      }
    }
    return "";
  }
}
