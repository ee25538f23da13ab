package io.github.dockerdsl.instruction;

import io.github.dockerdsl.internal.BuildKitLexer;
import io.github.dockerdsl.internal.Checks;
import io.github.dockerdsl.internal.Quoting;
import io.github.dockerdsl.render.DockerfileWriter;
import java.util.List;

/**
 * A comment: one {@code #} line per line of text, kept by the parser and attached to what follows.
 *
 * <p>Adjacent comments are one comment: their {@code #} lines follow each other, and every reader
 * (BuildKit, our parser) takes consecutive comment lines as one block. So stages and the preamble
 * merge a comment added right after another into it ({@link #followedBy}), and
 * {@code comment("a").comment("b")} equals {@code comment("a\nb")}.
 *
 * @param text the comment, possibly several lines separated by {@code \n}
 */
public record Comment(String text) implements Instruction {

  /** Checks each line. */
  public Comment {
    Checks.requireNonNull(text, "text");
    // line by line in place: most comments are one line, which is then the text itself, not a copy
    for (int start = 0, end; start <= text.length(); start = end + 1) {
      end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      String line = text.substring(start, end);
      Checks.checkNoControlCharacters(line, "comment line", "use \\n only to separate comment lines");
      // readers (BuildKit, our parser) trim comment lines, and read 'dockerdsl:' lines as waivers
      // the messages are made only when a check fails (Quoting.visible scans the whole line)
      if (BuildKitLexer.trailingStart(line) != line.length()) {
        throw new IllegalArgumentException(String.format(
            "comment line '%s' ends with whitespace, which parsers drop; remove it", Quoting.visible(line)));
      }
      if (isWaiver(line.strip())) {
        throw new IllegalArgumentException(String.format(
            "comment line '%s' is read back as a waiver; use suppress(rule, reason) for waivers, or reword it",
            Quoting.visible(line)));
      }
    }
  }

  /**
   * What the parser reads as our own waiver, {@code dockerdsl:suppress CODE -- reason}. (Malformed
   * ones, and foreign ones such as {@code hadolint ignore=...}, stay comments when read back.)
   */
  private static boolean isWaiver(String t) {
    // the prefix test is the whole answer for almost every comment, without a matcher
    return t.startsWith("dockerdsl:suppress") && io.github.dockerdsl.internal.WaiverLine.parse(t) != null;
  }

  /** A comment of these lines. */
  public static Comment of(String text) {
    return new Comment(text);
  }

  /** This comment's lines followed by {@code next}'s, which is what two adjacent comments are. */
  public Comment followedBy(Comment next) {
    Checks.requireNonNull(next, "next");
    return new Comment(text + "\n" + next.text);
  }

  /** The comment's lines. */
  public List<String> lines() {
    return List.of(text.split("\n", -1));
  }

  @Override
  public String keyword() {
    return "#";
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visitComment(this);
  }

  @Override
  public String toString() {
    return DockerfileWriter.render(this);
  }
}
