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

  /** Most instructions are one physical line: room for two segments before the list grows. */
  final List<Segment> segments = new ArrayList<>(2);
  /** Comment lines inside the continuation, and their line numbers: rare, so made on the first ({@link #addComment}). */
  List<String> comments = List.of();
  /** The source flags the syntax layer found (rare: a comment or an empty line in a continuation), made on the first. */
  private Set<SourceFlag> sourceFlags = Set.of();
  /**
   * {@link #text()}, made once the last segment is added: the parser asks for it many times per
   * instruction. For one segment it is that segment's content, not a copy.
   */
  private String text;
  /** Where each segment starts in {@link #text()}; {@code length} is the text's length so far. */
  private int[] starts = new int[2];
  private int length;
  List<Integer> commentLines = List.of();
  int endLine;

  void addComment(int line, String text) {
    if (comments.isEmpty()) {
      comments = new ArrayList<>(2);
      commentLines = new ArrayList<>(2);
    }
    comments.add(text);
    commentLines.add(line);
  }

  /** Records that the syntax layer found {@code flag} in this line. */
  void addSourceFlag(SourceFlag flag) {
    if (sourceFlags.isEmpty()) {
      sourceFlags = EnumSet.noneOf(SourceFlag.class);
    }
    sourceFlags.add(flag);
  }

  /** The source flags found by the syntax layer; not to be changed (read with {@code addAll}). */
  Set<SourceFlag> sourceFlags() {
    return sourceFlags;
  }

  void add(Segment segment) {
    int n = segments.size();
    if (n == starts.length) {
      starts = java.util.Arrays.copyOf(starts, n * 2);
    }
    starts[n] = length;
    segments.add(segment);
    length += segment.content().length();
    text = null;
    lastFlags = null;
    endLine = segment.line();
  }

  /** The last {@link #flags} answer and what it was asked for: the syntax layer and the instruction both ask. */
  private Lexing.Flags lastFlags;
  private int lastFlagsFrom = -1;
  private char lastFlagsEscape;

  /**
   * {@link Lexing#flags} of {@link #text()} from {@code from}, lexed once: the heredoc test and the
   * instruction read the same flags (the answer is never changed by its users).
   */
  Lexing.Flags flags(int from, char escape) {
    if (lastFlags == null || lastFlagsFrom != from || lastFlagsEscape != escape) {
      lastFlags = Lexing.flags(text(), from, escape);
      lastFlagsFrom = from;
      lastFlagsEscape = escape;
    }
    return lastFlags;
  }

  String text() {
    if (text == null) {
      if (segments.size() == 1) {
        text = segments.get(0).content();
      } else {
        StringBuilder joined = new StringBuilder(length);
        for (Segment s : segments) {
          joined.append(s.content());
        }
        text = joined.toString();
      }
    }
    return text;
  }

  int start(int segment) {
    return starts[segment];
  }

  /** The line of an offset in {@link #text()}. */
  int line(int offset) {
    return segments.get(segmentOf(offset)).line();
  }

  /** The column of an offset in {@link #text()}. */
  int column(int offset) {
    int s = segmentOf(offset);
    return segments.get(s).column() + Math.min(offset, length) - starts[s];
  }

  private int segmentOf(int offset) {
    int s = 0;
    for (int i = 0; i < segments.size(); i++) {
      if (starts[i] <= offset && (offset < starts[i] + segments.get(i).content().length()
          || i == segments.size() - 1)) {
        return i;
      }
      if (starts[i] <= offset) {
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
    if (segments.size() == 1) {
      return oneLine(from);
    }
    List<String> out = new ArrayList<>(segments.size());
    // each physical line is read in place, from its offset, and the one builder is reused: no copy
    // of a line but the one that goes into the answer
    StringBuilder current = null;
    boolean open = false;
    boolean previousEndsInSpace = true;
    char quote = 0;
    for (int i = 0; i < segments.size(); i++) {
      String content = segments.get(i).content();
      int local = Math.max(0, from - starts[i]);
      int length = content.length();
      if (local >= length) {
        continue;
      }
      // inside a quoted string the break stays only where the writer's " \" and four-space indent
      // give back exactly the text BuildKit joined; elsewhere the lines are joined as BuildKit joins them
      boolean blank = isBlank(content, local);
      boolean indented = content.startsWith(WRITER_INDENT, local);
      if (open && quote != 0 && (blank || !indented || !endsInOneSpace(current))) {
        current.append(content, local, length);
      } else if (blank) {
        previousEndsInSpace = true;
        continue;
      } else if (open && !previousEndsInSpace && !Lexing.isSpace(content.charAt(local))) {
        current.append(content, local, length);
      } else {
        if (open) {
          out.add(current.substring(0, trailingEnd(current)));
        }
        int begin = open && indented ? local + WRITER_INDENT.length() : Lexing.skipSpaces(content, local);
        if (current == null) {
          current = new StringBuilder(length - begin + 16);
        }
        current.setLength(0);
        current.append(content, begin, length);
        open = true;
      }
      previousEndsInSpace = Lexing.isSpace(content.charAt(length - 1));
      quote = shellQuote(content, local, quote);
      if (quote == 0) {
        current.setLength(trailingEnd(current));
      }
    }
    if (open) {
      out.add(current.toString());
    }
    return out;
  }

  /**
   * {@link #lines} of a one-line instruction, as the loop reads it: the line from {@code from}, its
   * leading spaces skipped and, unless a quote is left open, its trailing ones; cut once, with no
   * builder, and immutable, so that {@code ShellForm} keeps it without a copy.
   */
  private List<String> oneLine(int from) {
    String content = segments.get(0).content();
    int local = Math.max(0, from);
    if (local >= content.length() || isBlank(content, local)) {
      return List.of();
    }
    int begin = Lexing.skipSpaces(content, local);
    int end = content.length();
    if (shellQuote(content, local, (char) 0) == 0) {
      while (end > begin && Lexing.isSpace(content.charAt(end - 1))) {
        end--;
      }
    }
    return List.of(content.substring(begin, end));
  }

  /** Whether {@code s} from {@code from} is all {@link Lexing#isSpace} (what {@code Lexing.strip(s).isEmpty()} says). */
  private static boolean isBlank(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      if (!Lexing.isSpace(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The length of {@code s} without its trailing {@link Lexing#isSpace} characters ({@link Lexing#stripTrailing}'s). */
  private static int trailingEnd(CharSequence s) {
    int end = s.length();
    while (end > 0 && Lexing.isSpace(s.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  /** Whether the trailing whitespace of {@code s} is exactly one space. */
  private static boolean endsInOneSpace(CharSequence s) {
    int end = trailingEnd(s);
    return end == s.length() - 1 && s.charAt(end) == ' ';
  }

  /** The shell quote open after {@code text} from {@code from}, given the one open before it (0 for none). */
  private static char shellQuote(String text, int from, char open) {
    char quote = open;
    for (int i = from; i < text.length(); i++) {
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
