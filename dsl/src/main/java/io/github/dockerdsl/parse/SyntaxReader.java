package io.github.dockerdsl.parse;

import io.github.dockerdsl.Directives;
import io.github.dockerdsl.internal.BuildKitLexer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The syntax layer, BuildKit's {@code parser} package: parser directives, physical and logical
 * lines, continuations, comments and heredoc bodies, with exact text and positions. It gives no
 * meaning to an instruction beyond finding its keyword and whether heredoc bodies follow it; the
 * instruction layer ({@link Parser}, {@link Instructions}) does the rest. Items are read one at a
 * time so that errors come in file order.
 */
final class SyntaxReader {
  /** A {@code # check=} directive as written, interpreted by the instruction layer. */
  record CheckValue(String value, int line, int column) {}

  final String[] lines;
  private int next;
  private char escape = '\\';
  private boolean directivesRead;

  private Optional<String> syntax = Optional.empty();
  private Optional<Character> escapeDirective = Optional.empty();
  private Optional<CheckValue> check = Optional.empty();
  private final List<DirectiveSource> directiveSources = new ArrayList<>();

  SyntaxReader(String text) {
    int from = text.startsWith("\uFEFF") ? 1 : 0;
    // the lines of split("\n", -1) without a last empty one, cut straight into an array of the
    // right size (split collects them in a growing list first)
    int pieces = 1;
    for (int i = text.indexOf('\n', from); i >= 0; i = text.indexOf('\n', i + 1)) {
      pieces++;
    }
    int count = text.endsWith("\n") || text.length() == from ? pieces - 1 : pieces;
    lines = new String[count];
    int start = from;
    for (int i = 0; i < count; i++) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? text.length() : nl;
      lines[i] = text.substring(start, end > start && text.charAt(end - 1) == '\r' ? end - 1 : end);
      start = end + 1;
    }
  }

  /** The file's escape character (after the directives are read). */
  char escape() {
    return escape;
  }

  Optional<String> syntax() {
    return syntax;
  }

  Optional<Character> escapeDirective() {
    return escapeDirective;
  }

  Optional<CheckValue> check() {
    return check;
  }

  List<DirectiveSource> directiveSources() {
    return directiveSources;
  }

  /** The next comment line or instruction, or null at the end of the text. */
  SyntaxNode next() {
    if (!directivesRead) {
      directivesRead = true;
      SyntaxNode shebang = readDirectives();
      if (shebang != null) {
        return shebang;
      }
    }
    while (next < lines.length) {
      String trimmed = lines[next].substring(Lexing.skipSpaces(lines[next], 0));
      if (trimmed.isEmpty()) {
        next++;
        continue;
      }
      if (trimmed.charAt(0) == '#') {
        int line = next + 1;
        next++;
        return new SyntaxNode.CommentLine(line, lines[line - 1].length() - trimmed.length() + 1, trimmed);
      }
      Logical ll = readLogical();
      int kw = Lexing.skipSpaces(ll.text(), 0);
      if (kw >= ll.text().length()) {
        continue;
      }
      String keyword = keywordAt(ll.text(), kw);
      // the keyword is read once here and handed on (HeredocMarkers, InstructionCtx)
      int owner = HeredocMarkers.owner(ll, kw, keyword, escape);
      String ownerKeyword = owner == kw ? keyword : keywordAt(ll.text(), owner);
      List<BuildKitLexer.FoundHeredoc> found;
      try {
        found = HeredocMarkers.of(ll, kw, owner, ownerKeyword, escape);
      } catch (BuildKitLexer.LexException e) {
        throw error(e.getMessage() + "; quote the heredoc word as BuildKit expects, e.g. <<\"EOF\"", ll.line(owner),
            ll.column(owner), e);
      }
      // most instructions have no heredoc: no list to fill and copy for them
      List<SyntaxNode.Body> bodies = List.of();
      if (!found.isEmpty()) {
        SyntaxNode.Body[] read = new SyntaxNode.Body[found.size()];
        for (int i = 0; i < read.length; i++) {
          read[i] = body(found.get(i), ll.line(owner), ll.column(owner));
        }
        bodies = List.of(read);
      }
      return new SyntaxNode.Instruction(ll, kw, keyword, bodies, next);
    }
    return null;
  }

  /** The word at {@code at}: a keyword as written. */
  static String keywordAt(String text, int at) {
    int end = at;
    while (end < text.length() && !Lexing.isSpace(text.charAt(end))) {
      end++;
    }
    // a keyword written as the canonical one is that constant, not a copy per instruction
    if (end > at) {
      char first = text.charAt(at);
      for (String k : KEYWORDS) {
        if (k.charAt(0) == first && k.length() == end - at && text.startsWith(k, at)) {
          return k;
        }
      }
    }
    return text.substring(at, end);
  }

  /** {@code keyword} in upper case: a canonical keyword from {@link #keywordAt} is itself, with no scan. */
  static String upper(String keyword) {
    for (String k : KEYWORDS) {
      if (k == keyword) {
        return k;
      }
    }
    return keyword.toUpperCase(Locale.ROOT);
  }

  /** The instruction keywords as the writer writes them, most frequent first. */
  private static final String[] KEYWORDS = {"RUN", "COPY", "ENV", "FROM", "WORKDIR", "ARG", "LABEL", "USER", "EXPOSE",
      "CMD", "ENTRYPOINT", "ADD", "HEALTHCHECK", "VOLUME", "SHELL", "ONBUILD", "STOPSIGNAL", "MAINTAINER"};

  // ---------------------------------------------------------------- directives

  /** Reads the directives at the top; returns a {@code #!} first line as a comment, or null. */
  private SyntaxNode readDirectives() {
    Set<String> seen = new HashSet<>();
    while (next < lines.length) {
      String line = lines[next];
      String trimmed = line.substring(Lexing.skipSpaces(line, 0));
      if (next == 0 && trimmed.startsWith("#!")) {
        // BuildKit stops reading directives at a shebang: an '# escape=' after it is a comment
        next++;
        return new SyntaxNode.CommentLine(1, line.length() - trimmed.length() + 1, trimmed);
      }
      String[] directive = directive(trimmed);
      if (directive == null) {
        return null;
      }
      String key = directive[0].toLowerCase(Locale.ROOT);
      if (!key.equals("syntax") && !key.equals("escape") && !key.equals("check")) {
        return null;
      }
      int lineNo = next + 1;
      int valueColumn = line.lastIndexOf(directive[1]) + 1;
      if (!seen.add(key)) {
        throw error(String.format("parser directive '%s' appears twice; each directive may be used once", key),
            lineNo, line.length() - trimmed.length() + 1);
      }
      directiveSources.add(new DirectiveSource(key, directive[0], directive[1], lineNo));
      String value = directive[1];
      if (key.equals("escape")) {
        if (!value.equals("\\") && !value.equals("`")) {
          throw error(String.format("escape character '%s' is not allowed; use \\ or `", value), lineNo, valueColumn);
        }
        escape = value.charAt(0);
        escapeDirective = Optional.of(escape);
      } else if (key.equals("syntax")) {
        // BuildKit takes the first word as the frontend image and passes the rest to it as its
        // command line, which dockerdsl does not model
        int space = value.indexOf(' ') < 0 ? value.indexOf('\t') : value.indexOf(' ');
        syntax = Optional.of(space < 0 ? value : value.substring(0, space));
        try {
          new Directives(syntax, Optional.empty(), Optional.empty());
        } catch (IllegalArgumentException e) {
          throw error(e.getMessage(), lineNo, valueColumn, e);
        }
      } else {
        check = Optional.of(new CheckValue(value, lineNo, valueColumn));
      }
      next++;
    }
    return null;
  }

  /** {@code #\s*key\s*=\s*value}: the key and the trimmed value, or null. */
  static String[] directive(String trimmed) {
    if (!trimmed.startsWith("#")) {
      return null;
    }
    int i = Lexing.skipSpaces(trimmed, 1);
    int keyStart = i;
    if (i >= trimmed.length() || !isAsciiLetter(trimmed.charAt(i))) {
      return null;
    }
    while (i < trimmed.length() && (isAsciiLetter(trimmed.charAt(i)) || Character.isDigit(trimmed.charAt(i)))) {
      i++;
    }
    String key = trimmed.substring(keyStart, i);
    i = Lexing.skipSpaces(trimmed, i);
    if (i >= trimmed.length() || trimmed.charAt(i) != '=') {
      return null;
    }
    String value = Lexing.strip(trimmed.substring(i + 1));
    return value.isEmpty() ? null : new String[] {key, value};
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  // ---------------------------------------------------------------- logical lines, heredocs

  /** Reads one instruction's physical lines: continuations, with comment and empty lines inside dropped. */
  private Logical readLogical() {
    Logical ll = new Logical();
    String first = lines[next];
    int lead = Lexing.skipSpaces(first, 0);
    boolean continues = addSegment(ll, next + 1, lead + 1, first.substring(lead));
    next++;
    while (continues && next < lines.length) {
      String raw = lines[next];
      int lineNo = next + 1;
      next++;
      // tested in place: an indented continuation line is not copied to see whether it is a comment
      int indent = Lexing.skipSpaces(raw, 0);
      if (indent < raw.length() && raw.charAt(indent) == '#') {
        int textAt = raw.startsWith(" ", indent + 1) ? indent + 2 : indent + 1;
        ll.addComment(lineNo, Lexing.stripTrailing(raw.substring(textAt)));
        ll.addSourceFlag(SourceFlag.COMMENT_IN_CONTINUATION);
        continue;
      }
      if (indent == raw.length()) {
        ll.addSourceFlag(SourceFlag.EMPTY_CONTINUATION_LINE);
        continue;
      }
      continues = addSegment(ll, lineNo, 1, raw);
    }
    return ll;
  }

  private boolean addSegment(Logical ll, int line, int column, String content) {
    int end = content.length();
    while (end > 0 && (content.charAt(end - 1) == ' ' || content.charAt(end - 1) == '\t')) {
      end--;
    }
    // an escaped escape (C:\\, or \\\ at the end) is text, not a continuation, as for BuildKit
    boolean continues = end > 0 && content.charAt(end - 1) == escape
        && !(end > 1 && content.charAt(end - 2) == escape);
    ll.add(new Logical.Segment(line, column, continues ? content.substring(0, end - 1) : content));
    return continues;
  }

  /** Reads a heredoc body from the lines after the instruction, up to its terminator line. */
  private SyntaxNode.Body body(BuildKitLexer.FoundHeredoc m, int line, int column) {
    List<String> body = new ArrayList<>();
    while (true) {
      if (next >= lines.length) {
        throw error(String.format("heredoc '%s' is not terminated; end it with a line '%s'", m.name(), m.name()),
            line, column);
      }
      String l = lines[next++];
      String candidate = l;
      if (m.chomp()) {
        int t = 0;
        while (t < candidate.length() && candidate.charAt(t) == '\t') {
          t++;
        }
        candidate = candidate.substring(t);
      }
      if (candidate.equals(m.name())) {
        return new SyntaxNode.Body(m.name(), body);
      }
      body.add(l);
    }
  }

  // ---------------------------------------------------------------- errors

  DockerfileSyntaxException error(String message, int line, int column) {
    return error(message, line, column, null);
  }

  /** A syntax error at a 1-based line and column, quoting that line. */
  DockerfileSyntaxException error(String message, int line, int column, Throwable cause) {
    String source = line - 1 < lines.length && line >= 1 ? lines[line - 1] : "";
    return new DockerfileSyntaxException(message == null ? "input is not a valid Dockerfile" : message, line, column,
        source, cause);
  }
}
