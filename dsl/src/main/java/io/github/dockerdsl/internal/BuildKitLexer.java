package io.github.dockerdsl.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What BuildKit's Dockerfile front end reads from text, ported rule for rule from its lexer
 * ({@code frontend/dockerfile/shell/lex.go}) and the parts of its parser that decide where
 * heredocs and blank lines are ({@link BuildKitDirectives}: parser directives). The writer asks it instead of guessing, so a
 * check refuses exactly what BuildKit would read differently. Variables are never looked up: an
 * unset variable is kept as written, as BuildKit's own heredoc detection does.
 */
public final class BuildKitLexer {
  private static final int EOF = -1;

  private final int[] text;
  private final int escape;
  private final boolean rawQuotes;
  private boolean rawEscapes;
  private final boolean keepUnset;
  private final StringBuilder wordsBuffer = new StringBuilder();
  private int pos;

  private BuildKitLexer(String source, int escape, boolean rawQuotes, boolean rawEscapes, boolean keepUnset) {
    // Go's text/scanner skips a byte-order mark at the very start
    int from = source.startsWith("\uFEFF") ? 1 : 0;
    // a loop, not a code-point stream: the writer lexes every value that has a '$' or a quote
    int[] cps = new int[source.codePointCount(from, source.length())];
    for (int i = from, n = 0; i < source.length(); n++) {
      int cp = source.codePointAt(i);
      cps[n] = cp;
      i += Character.charCount(cp);
    }
    this.text = cps;
    this.escape = escape;
    this.rawQuotes = rawQuotes;
    this.rawEscapes = rawEscapes;
    this.keepUnset = keepUnset;
  }

  /** BuildKit refused the text; the message is BuildKit's own. */
  public static final class LexException extends Exception {
    private static final long serialVersionUID = 1L;

    LexException(String message) {
      super(message, null, false, false);
    }
  }

  /** A heredoc as BuildKit finds it on an instruction line. */
  public record FoundHeredoc(String name, boolean chomp, boolean expand) {
    // written out: a record's generated equals and hashCode bootstrap the JDK's method handles at first
    // call, which the writer's heredoc check would make every lint of a heredoc pay (docs/performance.md)
    @Override
    public boolean equals(Object o) {
      return o instanceof FoundHeredoc other && name.equals(other.name) && chomp == other.chomp
          && expand == other.expand;
    }

    @Override
    public int hashCode() {
      return (name.hashCode() * 31 + Boolean.hashCode(chomp)) * 31 + Boolean.hashCode(expand);
    }
  }

  /**
   * The value BuildKit reads from {@code word} when it expands variables in it (ENV and LABEL
   * values, paths of COPY, ADD, VOLUME and WORKDIR), with every variable kept as written.
   */
  public static String processWord(String word, char escape) throws LexException {
    if (isLiteral(word, escape)) {
      // nothing to expand: the lexer would copy it code point by code point (the writer asks this of
      // every path and value, and most are plain)
      return word;
    }
    BuildKitLexer lex = new BuildKitLexer(word, escape, false, false, true);
    return lex.processStopOn(EOF, false).result;
  }

  /**
   * True when {@link #processWord} reads {@code word} as it is: no variable, quote, escape
   * character or {@code <}, and no byte-order mark at the start (which Go's scanner skips).
   */
  public static boolean isLiteral(String word, char escape) {
    if (word.startsWith("\uFEFF")) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c == '$' || c == '<' || c == '\'' || c == '"' || c == escape) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when {@link #processWord} surely reads {@code written} as {@code value}, proven without the
   * lexer for the writer's two common forms: the value bare, or in double quotes with nothing
   * escaped; in either, with no escape character, no quote that the lexer would take out, and every
   * {@code ${} a plain {@code ${NAME}}, so that each variable is kept as written. False says only
   * that the lexer must be asked.
   */
  public static boolean readsBackAs(String value, String written, char escape) {
    if (written.equals(value)) {
      return !value.startsWith("\uFEFF") && keepsText(value, escape, true);
    }
    return written.length() == value.length() + 2 && written.charAt(0) == '"'
        && written.charAt(written.length() - 1) == '"' && written.regionMatches(1, value, 0, value.length())
        && keepsText(value, escape, false);
  }

  /**
   * Whether the lexer gives {@code text} back as it is, read bare or inside double quotes: '$' not
   * followed by '{' is kept with the name after it (variables are kept), as is '<' or '<<' with the
   * spaces after it; a quote (bare: either; quoted: the double one) or the escape character would be
   * taken out, and a '${' that is not a plain name is not proven here.
   */
  private static boolean keepsText(String text, char escape, boolean bare) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == escape || c == '"' || bare && c == '\'') {
        return false;
      }
      if (c == '$' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
        int j = i + 2;
        if (j >= text.length() || !isNameStart(text.charAt(j))) {
          return false;
        }
        while (j < text.length() && isNamePart(text.charAt(j))) {
          j++;
        }
        if (j >= text.length() || text.charAt(j) != '}') {
          return false;
        }
        i = j;
      }
    }
    return true;
  }

  private static boolean isNameStart(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
  }

  private static boolean isNamePart(char c) {
    return isNameStart(c) || c >= '0' && c <= '9';
  }

  /** The words of {@code line} as BuildKit's heredoc detection splits it. */
  static List<String> heredocWords(String line) throws LexException {
    BuildKitLexer lex = new BuildKitLexer(line, '\\', true, true, true);
    return lex.processStopOn(EOF, true).words;
  }

  /**
   * The heredocs BuildKit finds on a RUN, COPY or ADD line (the whole logical line, keyword and
   * flags included), in order. An empty list when the line does not lex: BuildKit then silently
   * finds none, and the document's lines become instructions.
   *
   * @throws LexException when BuildKit would refuse the file because of a heredoc word
   */
  public static List<FoundHeredoc> heredocs(String line) throws LexException {
    List<String> words;
    try {
      words = heredocWords(line);
    } catch (LexException e) {
      return List.of();
    }
    List<FoundHeredoc> out = new ArrayList<>();
    for (String word : words) {
      Optional<FoundHeredoc> found = parseHeredoc(word);
      if (found.isPresent()) { // no method reference on a lint's path (docs/performance.md, sixth round)
        out.add(found.get());
      }
    }
    return out;
  }

  /**
   * Whether {@link #heredocLexError} can find an error in {@code text}: only quotes and {@code $} can
   * fail to lex, so callers can skip building what they would report for text without them.
   */
  public static boolean mayFailToLex(String text) {
    return text.indexOf('$') >= 0 || text.indexOf('\'') >= 0 || text.indexOf('"') >= 0;
  }

  /** Why BuildKit's heredoc detection cannot lex {@code line}, or empty when it can. */
  public static Optional<String> heredocLexError(String line) {
    if (!mayFailToLex(line)) {
      // only quotes and '$' can fail to lex: spare the lexing of every mount option and command line
      return Optional.empty();
    }
    try {
      heredocWords(line);
      return Optional.empty();
    } catch (LexException e) {
      return Optional.of(e.getMessage());
    }
  }

  private static Optional<FoundHeredoc> parseHeredoc(String word) throws LexException {
    String[] parts = heredocParts(word);
    if (parts == null) {
      return Optional.empty();
    }
    boolean dash = parts[0].equals("-");
    String rest = parts[1];
    List<String> plain = new BuildKitLexer(rest, '\\', false, false, true).processStopOn(EOF, false).words;
    if (plain.size() != 1) {
      return Optional.empty();
    }
    List<String> raw = new BuildKitLexer(rest, '\\', true, false, true).processStopOn(EOF, false).words;
    if (raw.size() != plain.size()) {
      throw new LexException("internal lexing of heredoc produced inconsistent results: " + rest);
    }
    String name = plain.get(0);
    boolean expand = quotes(name) == quotes(raw.get(0));
    return Optional.of(new FoundHeredoc(name, dash, expand));
  }

  /**
   * BuildKit's heredoc word {@code (\d*)<<(-?)[\t\n\f\r ]*([^<]*)} with a non-empty last group, read by
   * hand: its dash ({@code "-"} or {@code ""}) and the rest, or null when the word is no heredoc marker. A
   * heredoc in a lint then compiles no regex and sets up none of the JDK's method handles
   * (docs/performance.md, sixth round; {@code HeredocWordTest} compares it with the regex).
   */
  static String[] heredocParts(String word) {
    int at = 0;
    while (at < word.length() && word.charAt(at) >= '0' && word.charAt(at) <= '9') {
      at++;
    }
    if (!word.startsWith("<<", at)) {
      return null;
    }
    at += 2;
    boolean dash = at < word.length() && word.charAt(at) == '-';
    if (dash) {
      at++;
    }
    while (at < word.length() && isHeredocSpace(word.charAt(at))) {
      at++;
    }
    String rest = word.substring(at);
    return rest.isEmpty() || rest.indexOf('<') >= 0 ? null : new String[] {dash ? "-" : "", rest};
  }

  /** {@code [\t\n\f\r ]}, the spaces BuildKit's heredoc pattern allows after the marker. */
  private static boolean isHeredocSpace(char c) {
    return c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == ' ';
  }

  private static long quotes(String s) {
    long n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '\'' || s.charAt(i) == '"') {
        n++;
      }
    }
    return n;
  }

  // --- Go's notions of space -----------------------------------------------------------------

  /** Go's {@code unicode.IsSpace}, which BuildKit uses to split words and trim lines. */
  public static boolean isSpace(int cp) {
    if (cp <= 0xFF) {
      return cp == '\t' || cp == '\n' || cp == 0x0B || cp == '\f' || cp == '\r' || cp == ' ' || cp == 0x85
          || cp == 0xA0;
    }
    return cp == 0x1680 || cp >= 0x2000 && cp <= 0x200A || cp == 0x2028 || cp == 0x2029 || cp == 0x202F
        || cp == 0x205F || cp == 0x3000;
  }

  /** True when the text is empty or only Go spaces: BuildKit drops such a continuation line. */
  public static boolean isBlank(String s) {
    // a loop, not a code-point stream: every shell line of every RUN is asked
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (!isSpace(cp)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  /** The text without leading Go spaces, as BuildKit trims a line. */
  public static String trimLeading(String s) {
    return s.substring(leadingEnd(s));
  }

  /**
   * Where the leading Go spaces of {@code s} end ({@code s.length()} for blank text): what
   * {@link #trimLeading} cuts, for callers that test the text in place instead of copying it.
   */
  public static int leadingEnd(String s) {
    int i = 0;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      if (!isSpace(cp)) {
        break;
      }
      i += Character.charCount(cp);
    }
    return i;
  }

  /** The text without trailing Go spaces. */
  public static String trimTrailing(String s) {
    return s.substring(0, trailingStart(s));
  }

  /** Where the trailing Go spaces of {@code s} start: what {@link #trimTrailing} keeps, without a copy. */
  public static int trailingStart(String s) {
    int i = s.length();
    while (i > 0) {
      int cp = s.codePointBefore(i);
      if (!isSpace(cp)) {
        break;
      }
      i -= Character.charCount(cp);
    }
    return i;
  }

  /** Go's {@code strings.TrimSpace}. */
  public static String trim(String s) {
    return trimTrailing(trimLeading(s));
  }

  // --- the lexer ----------------------------------------------------------------------------

  private record Processed(String result, List<String> words) {}

  private int peek() {
    return pos < text.length ? text[pos] : EOF;
  }

  private int next() {
    return pos < text.length ? text[pos++] : EOF;
  }

  private static String str(int cp) {
    return cp == EOF ? "\uFFFD" : new String(Character.toChars(cp));
  }

  /** Go's wordsStruct: the buffer is the lexer's, shared with nested calls, as in BuildKit. */
  private final class Words {
    final List<String> words = new ArrayList<>();
    boolean inWord;

    void addChar(int ch) {
      if (isSpace(ch) && inWord) {
        if (wordsBuffer.length() != 0) {
          words.add(wordsBuffer.toString());
          wordsBuffer.setLength(0);
          inWord = false;
        }
      } else if (!isSpace(ch)) {
        addRawChar(ch);
      }
    }

    void addRawChar(int ch) {
      wordsBuffer.appendCodePoint(ch);
      inWord = true;
    }

    void addString(String s) {
      // a loop, not a code-point stream: every quoted word passes here
      for (int i = 0; i < s.length(); ) {
        int cp = s.codePointAt(i);
        addChar(cp);
        i += Character.charCount(cp);
      }
    }

    void addRawString(String s) {
      wordsBuffer.append(s);
      inWord = true;
    }

    List<String> getWords() {
      if (wordsBuffer.length() > 0) {
        words.add(wordsBuffer.toString());
        wordsBuffer.setLength(0);
        inWord = false;
      }
      return words;
    }
  }

  private Processed processStopOn(int stopChar, boolean raw) throws LexException {
    StringBuilder result = new StringBuilder();
    wordsBuffer.setLength(0);
    Words words = new Words();
    boolean saved = rawEscapes;
    rawEscapes = raw;
    try {
      while (peek() != EOF) {
        int ch = peek();
        if (stopChar != EOF && ch == stopChar) {
          next();
          return new Processed(result.toString(), words.getWords());
        }
        if (ch == '$' || ch == '<' || ch == '\'' || ch == '"') {
          String tmp = switch (ch) {
            case '$' -> processDollar();
            case '<' -> processPossibleHeredoc();
            case '\'' -> processSingleQuote();
            default -> processDoubleQuote();
          };
          result.append(tmp);
          if (ch == '$') {
            words.addString(tmp);
          } else {
            words.addRawString(tmp);
          }
        } else {
          ch = next();
          if (ch == escape) {
            if (rawEscapes) {
              words.addRawChar(ch);
              result.appendCodePoint(ch);
            }
            ch = next();
            if (ch == EOF) {
              break;
            }
            words.addRawChar(ch);
          } else {
            words.addChar(ch);
          }
          result.appendCodePoint(ch);
        }
      }
      if (stopChar != EOF) {
        throw new LexException("unexpected end of statement while looking for matching " + str(stopChar));
      }
      return new Processed(result.toString(), words.getWords());
    } finally {
      rawEscapes = saved;
    }
  }

  private String processSingleQuote() throws LexException {
    StringBuilder result = new StringBuilder();
    int ch = next();
    if (rawQuotes) {
      result.appendCodePoint(ch);
    }
    while (true) {
      ch = next();
      if (ch == EOF) {
        throw new LexException("unexpected end of statement while looking for matching single-quote");
      }
      if (ch == '\'') {
        if (rawQuotes) {
          result.appendCodePoint(ch);
        }
        return result.toString();
      }
      result.appendCodePoint(ch);
    }
  }

  private String processDoubleQuote() throws LexException {
    StringBuilder result = new StringBuilder();
    int ch = next();
    if (rawQuotes) {
      result.appendCodePoint(ch);
    }
    while (true) {
      int p = peek();
      if (p == EOF) {
        throw new LexException("unexpected end of statement while looking for matching double-quote");
      }
      if (p == '"') {
        ch = next();
        if (rawQuotes) {
          result.appendCodePoint(ch);
        }
        return result.toString();
      }
      if (p == '$') {
        result.append(processDollar());
        continue;
      }
      ch = next();
      if (ch == escape) {
        if (rawEscapes) {
          result.appendCodePoint(ch);
        }
        int after = peek();
        if (after == EOF) {
          continue;
        }
        if (after == '"' || after == '$' || after == escape) {
          ch = next();
        }
      }
      result.appendCodePoint(ch);
    }
  }

  private String processDollar() throws LexException {
    next();
    if (peek() != '{') {
      String name = processName();
      if (name.isEmpty()) {
        return "$";
      }
      return keepUnset ? "$" + name : "";
    }
    next();
    int p = peek();
    if (p == EOF) {
      throw new LexException("syntax error: missing '}'");
    }
    if (p == '{' || p == '}' || p == ':') {
      throw new LexException("syntax error: bad substitution");
    }
    String name = processName();
    int ch = next();
    String chs = str(ch);
    boolean nullIsUnset = false;
    switch (ch) {
      case '}':
        return keepUnset ? "${" + name + "}" : "";
      case ':':
      case '+':
      case '-':
      case '?':
      case '#':
      case '%': {
        if (ch == ':') {
          nullIsUnset = true;
          ch = next();
          chs += str(ch);
        }
        boolean raw = ch == '#' || ch == '%';
        if (nullIsUnset && raw) {
          throw new LexException("unsupported modifier (" + chs + ") in substitution");
        }
        String word;
        try {
          word = processStopOn('}', raw).result;
        } catch (LexException e) {
          if (peek() == EOF) {
            throw new LexException("syntax error: missing '}'");
          }
          throw e;
        }
        if (keepUnset) {
          return "${" + name + chs + word + "}";
        }
        return switch (ch) {
          case '-' -> word;
          case '+', '%', '#' -> "";
          case '?' -> throw new LexException(name + ": " + (word.isEmpty() ? "is not allowed to be unset" : word));
          default -> throw new LexException("unsupported modifier (" + chs + ") in substitution");
        };
      }
      case '/': {
        if (peek() == '/') {
          next();
        }
        String pattern;
        try {
          pattern = processStopOn('/', true).result;
        } catch (LexException e) {
          if (peek() == EOF) {
            throw new LexException("syntax error: missing '/' in ${}");
          }
          throw e;
        }
        String replacement;
        try {
          replacement = processStopOn('}', true).result;
        } catch (LexException e) {
          if (peek() == EOF) {
            throw new LexException("syntax error: missing '}'");
          }
          throw e;
        }
        return keepUnset ? "${" + name + "/" + pattern + "/" + replacement + "}" : "";
      }
      default:
        // BuildKit says "unsupported modifier (\uFFFD)" when the text ends here
        throw new LexException(ch == EOF ? "syntax error: missing '}'" : "unsupported modifier (" + chs
            + ") in substitution");
    }
  }

  private String processName() {
    StringBuilder name = new StringBuilder();
    while (peek() != EOF) {
      int ch = peek();
      if (name.length() == 0 && Character.isDigit(ch)) {
        while (peek() != EOF && Character.isDigit(peek())) {
          name.appendCodePoint(next());
        }
        return name.toString();
      }
      if (name.length() == 0 && "@*#?-$!0".indexOf(ch) >= 0) {
        next();
        return str(ch);
      }
      if (!Character.isLetter(ch) && !Character.isDigit(ch) && ch != '_') {
        break;
      }
      name.appendCodePoint(next());
    }
    return name.toString();
  }

  private String processPossibleHeredoc() {
    next();
    if (peek() != '<') {
      return "<";
    }
    next();
    StringBuilder space = new StringBuilder();
    while (peek() == '\t' || peek() == '\r' || peek() == ' ') {
      space.appendCodePoint(next());
    }
    return "<<" + space;
  }
}
