package io.github.dockerdsl.instruction;

import io.github.dockerdsl.internal.BuildKitLexer;
import io.github.dockerdsl.internal.Checks;
import io.github.dockerdsl.internal.Quoting;
import io.github.dockerdsl.render.DockerfileWriter;
import java.util.Locale;

/**
 * An instruction written as text, for syntax the model does not cover (and for what the parser
 * reads but cannot model). Every use is reported by rule DF901 and needs a suppression with a reason.
 *
 * @param text the instruction's single line, starting with its keyword
 */
public record Raw(String text) implements Instruction {
  /** The instructions BuildKit's parser knows. */
  private static final java.util.Set<String> KEYWORDS = java.util.Set.of("ADD", "ARG", "CMD", "COPY", "ENTRYPOINT",
      "ENV", "EXPOSE", "FROM", "HEALTHCHECK", "LABEL", "MAINTAINER", "ONBUILD", "RUN", "SHELL", "STOPSIGNAL", "USER",
      "VOLUME", "WORKDIR");

  /** Checks the text is one line starting with a keyword, and not FROM. */
  public Raw {
    Checks.checkNoControlCharacters(text, "raw instruction", "a raw instruction is one line");
    Checks.checkArgument(startsWithKeyword(text),
        "raw instruction '%s' does not start with a keyword; write e.g. 'MAINTAINER ...'", Quoting.visible(text));
    Checks.checkArgument(!text.stripTrailing().endsWith("\\") && !text.stripTrailing().endsWith("`"),
        "raw instruction '%s' ends with an escape character, which would swallow the next line", text);
    Checks.checkArgument(BuildKitLexer.trimTrailing(text).equals(text),
        "raw instruction '%s' ends with whitespace, which BuildKit drops; remove it", Quoting.visible(text));
    String keyword = text.substring(0, firstSpace(text, 0)).toUpperCase(Locale.ROOT);
    String after = text.substring(keyword.length());
    Checks.checkArgument(after.isEmpty() || after.charAt(0) == ' ' && after.length() > 1
            && !BuildKitLexer.isSpace(after.codePointAt(1)),
        "raw instruction '%s' does not have exactly one space after its keyword, which readers would not keep; "
            + "write '%s %s'", Quoting.visible(text), keyword, Quoting.visible(BuildKitLexer.trim(after)));
    Checks.checkArgument(KEYWORDS.contains(keyword),
        "raw instruction '%s' starts with '%s', which is not a Dockerfile instruction; BuildKit and our parser "
            + "refuse it, write a keyword such as MAINTAINER", Quoting.visible(text), Quoting.visible(keyword));
    Checks.checkArgument(!keyword.equals("FROM"),
        "raw instruction '%s' starts a stage; use Stage.from(...) instead", text);
  }

  /** A raw instruction. */
  public static Raw of(String text) {
    return new Raw(text);
  }

  /** The text after the keyword. */
  public String arguments() {
    int space = firstSpace(text, 0);
    int rest = space;
    while (rest < text.length() && isRegexSpace(text.charAt(rest))) {
      rest++;
    }
    return space == text.length() ? "" : text.substring(rest);
  }

  @Override
  public String keyword() {
    return text.substring(0, firstSpace(text, 0)).toUpperCase(Locale.ROOT);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visitRaw(this);
  }

  // written out: a record's generated equals and hashCode bootstrap the JDK's method handles at first
  // call, and the writer's read-back check compares every raw line it renders (docs/performance.md)
  @Override
  public boolean equals(Object o) {
    return o instanceof Raw other && text.equals(other.text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return DockerfileWriter.render(this);
  }

  // By hand, not by regexes: the writer's read-back builds a Raw for each raw line, and a pattern would
  // make a lint of one set up the JDK's method handles (RawScannerTest compares them with the regexes).

  /** {@code [A-Za-z]+(\s.*)?}: a keyword, then nothing or a space and the rest of the line. */
  static boolean startsWithKeyword(String text) {
    int i = 0;
    while (i < text.length() && (text.charAt(i) >= 'a' && text.charAt(i) <= 'z'
        || text.charAt(i) >= 'A' && text.charAt(i) <= 'Z')) {
      i++;
    }
    if (i == 0 || i < text.length() && !isRegexSpace(text.charAt(i))) {
      return false;
    }
    for (int k = i + 1; k < text.length(); k++) {
      if ("\n\r\u0085\u2028\u2029".indexOf(text.charAt(k)) >= 0) {
        return false; // the regex's '.' stops at a line terminator
      }
    }
    return true;
  }

  /** The index of the first {@code \s} at or after {@code from}, or the length. */
  static int firstSpace(String text, int from) {
    int i = from;
    while (i < text.length() && !isRegexSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** A regex {@code \s}: {@code [ \t\n\x0B\f\r]}. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
  }
}
