package io.github.dockerdsl.instruction;

import io.github.dockerdsl.internal.BuildKitLexer;
import io.github.dockerdsl.internal.Checks;
import io.github.dockerdsl.internal.Quoting;
import io.github.dockerdsl.render.DockerfileWriter;
import java.util.Locale;
import java.util.regex.Pattern;

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
    Checks.checkArgument(Regex.KEYWORD_THEN_ARGUMENTS.matcher(text).matches(),
        "raw instruction '%s' does not start with a keyword; write e.g. 'MAINTAINER ...'", Quoting.visible(text));
    Checks.checkArgument(!text.stripTrailing().endsWith("\\") && !text.stripTrailing().endsWith("`"),
        "raw instruction '%s' ends with an escape character, which would swallow the next line", text);
    Checks.checkArgument(BuildKitLexer.trimTrailing(text).equals(text),
        "raw instruction '%s' ends with whitespace, which BuildKit drops; remove it", Quoting.visible(text));
    String keyword = Regex.ONE_SPACE.split(text, 2)[0].toUpperCase(Locale.ROOT);
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
    String[] parts = Regex.SPACES.split(text, 2);
    return parts.length > 1 ? parts[1] : "";
  }

  @Override
  public String keyword() {
    return Regex.ONE_SPACE.split(text, 2)[0].toUpperCase(Locale.ROOT);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visitRaw(this);
  }

  @Override
  public String toString() {
    return DockerfileWriter.render(this);
  }

  /** Compiled on first use, not when the class loads: a one-file lint that never needs them compiles none. */
  private static final class Regex {
    static final java.util.regex.Pattern KEYWORD_THEN_ARGUMENTS = Pattern.compile("[A-Za-z]+(\\s.*)?");
    static final java.util.regex.Pattern ONE_SPACE = Pattern.compile("\\s");
    static final java.util.regex.Pattern SPACES = Pattern.compile("\\s+");
  }
}
