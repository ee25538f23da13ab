package io.github.dockerdsl.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parser directives ({@code # syntax=}, {@code # escape=}, {@code # check=}) as BuildKit reads
 * them at the top of a file; split from {@link BuildKitLexer}, whose Go whitespace rules they share.
 */
public final class BuildKitDirectives {

  private BuildKitDirectives() {}

  /**
   * The parser directive BuildKit reads from a comment line (the line as written, {@code #}
   * included): its lower-case name ({@code syntax}, {@code escape} or {@code check}) and value.
   */
  public static Optional<String[]> directive(String line) {
    if (!line.startsWith("#")) {
      return Optional.empty();
    }
    Matcher m = Regex.DIRECTIVE.matcher(BuildKitLexer.trimLeading(line.substring(1)));
    if (!m.matches()) {
      return Optional.empty();
    }
    String key = m.group(1).toLowerCase(Locale.ROOT);
    if (!key.equals("syntax") && !key.equals("escape") && !key.equals("check")) {
      return Optional.empty();
    }
    return Optional.of(new String[] {key, m.group(2)});
  }

  /**
   * Every parser directive BuildKit reads at the top of {@code file}, in order, as "name=value":
   * both as its parser does (leading spaces trimmed) and as its frontend selection does (a first
   * {@code #!} line skipped). A file whose header the two read differently yields both readings.
   */
  public static List<String> directives(String file) {
    List<String> parser = directivesFrom(file, 0, true);
    int afterShebang = 0;
    if (file.startsWith("#!")) {
      int nl = file.indexOf('\n');
      afterShebang = nl < 0 ? file.length() + 1 : nl + 1;
    }
    List<String> frontend = directivesFrom(file, afterShebang, false);
    if (!frontend.equals(parser)) {
      List<String> both = new ArrayList<>(parser);
      both.add("|");
      both.addAll(frontend);
      return both;
    }
    return parser;
  }

  /**
   * The directives of the lines of {@code file} from offset {@code from} up to the first line that
   * is none, as "name=value" ({@code trim}: leading spaces trimmed first). Lines are read one at a
   * time: the writer asks this of every file, and only the first few lines can be directives.
   */
  private static List<String> directivesFrom(String file, int from, boolean trim) {
    List<String> out = new ArrayList<>(3);
    for (int start = from, end; start <= file.length(); start = end + 1) {
      end = file.indexOf('\n', start);
      if (end < 0) {
        end = file.length();
      }
      String d = directiveAt(file, start, end, trim);
      if (d == null) {
        break;
      }
      out.add(d);
    }
    return out;
  }

  /**
   * {@link #directive} of the line {@code file[start, end)} (its trailing CRs cut; {@code trim}:
   * its leading spaces too) as "name=value", or null: read in place, without a copy of the line or
   * a regex matcher, since the writer asks it of every file. It follows {@code DIRECTIVE}'s match
   * exactly, including its backtracking for a value of spaces only (the last one is the value);
   * {@code FastPathsTest} compares the two on seeded lines.
   */
  static String directiveAt(String file, int start, int end, boolean trim) {
    while (end > start && file.charAt(end - 1) == '\r') {
      end--;
    }
    if (trim) {
      start = leadingEnd(file, start, end);
    }
    if (start >= end || file.charAt(start) != '#') {
      return null;
    }
    int i = leadingEnd(file, start + 1, end);
    int keyStart = i;
    if (i >= end || !isAsciiLetter(file.charAt(i))) {
      return null;
    }
    i++;
    while (i < end && (isAsciiLetter(file.charAt(i)) || (file.charAt(i) >= '0' && file.charAt(i) <= '9'))) {
      i++;
    }
    int keyEnd = i;
    while (i < end && isDirectiveSpace(file.charAt(i))) {
      i++;
    }
    if (i >= end || file.charAt(i) != '=') {
      return null;
    }
    int afterEquals = ++i;
    while (i < end && isDirectiveSpace(file.charAt(i))) {
      i++;
    }
    int valueEnd = end;
    while (valueEnd > i && isDirectiveSpace(file.charAt(valueEnd - 1))) {
      valueEnd--;
    }
    int valueStart = i;
    if (valueStart == valueEnd) {
      // only spaces after '=': the regex gives the last of them back to the value, which needs one character
      if (afterEquals == end) {
        return null;
      }
      valueStart = end - 1;
      valueEnd = end;
    }
    String key;
    int keyLength = keyEnd - keyStart;
    if (keyLength == 6 && file.regionMatches(true, keyStart, "syntax", 0, 6)) {
      key = "syntax=";
    } else if (keyLength == 6 && file.regionMatches(true, keyStart, "escape", 0, 6)) {
      key = "escape=";
    } else if (keyLength == 5 && file.regionMatches(true, keyStart, "check", 0, 5)) {
      key = "check=";
    } else {
      return null;
    }
    return key.concat(file.substring(valueStart, valueEnd));
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** {@code DIRECTIVE}'s spaces: {@code [\t\n\f\r ]}, fewer than Go's. */
  private static boolean isDirectiveSpace(char c) {
    return c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == ' ';
  }

  /** {@link BuildKitLexer#leadingEnd(String)} of {@code s[from, to)}, as an offset in {@code s}. */
  private static int leadingEnd(String s, int from, int to) {
    int i = from;
    while (i < to) {
      int cp = s.codePointAt(i);
      if (!BuildKitLexer.isSpace(cp)) {
        break;
      }
      i += Character.charCount(cp);
    }
    return Math.min(i, to);
  }

  /** Compiled on first use, not when the class loads: a one-file lint that never needs them compiles none. */
  private static final class Regex {
    static final java.util.regex.Pattern DIRECTIVE = Pattern.compile("([a-zA-Z][a-zA-Z0-9]*)[\\t\\n\\f\\r ]*=[\\t\\n\\f\\r ]*([^\\n]+?)[\\t\\n\\f\\r ]*");
  }
}
