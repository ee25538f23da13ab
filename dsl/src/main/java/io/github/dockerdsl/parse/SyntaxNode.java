package io.github.dockerdsl.parse;

import java.util.List;

/**
 * One item of the syntax layer, in file order: a comment line between instructions, or one
 * instruction as BuildKit's parser reads it (its logical line and its heredoc bodies) before any
 * meaning is given to it.
 */
sealed interface SyntaxNode permits SyntaxNode.CommentLine, SyntaxNode.Instruction {

  /** A {@code #} line outside any instruction, {@code trimmed} from its first {@code #}. */
  record CommentLine(int line, int column, String trimmed) implements SyntaxNode {}

  /** A heredoc body as read after its instruction: the lines between marker and terminator. */
  record Body(String name, List<String> lines) {}

  /**
   * One instruction: its logical line, where its keyword is, the heredoc bodies read after it and
   * the last line it occupies (continuation comments and heredoc terminators included).
   */
  final class Instruction implements SyntaxNode {
    final Logical ll;
    final int keywordAt;
    final String keyword;
    /** {@link #keyword} in upper case, made once: the parser and the instruction layer both ask. */
    private final String upper;
    final List<Body> heredocs;
    final int endLine;
    /** How many heredoc bodies the instruction layer has taken, in order. */
    int taken;

    Instruction(Logical ll, int keywordAt, String keyword, List<Body> heredocs, int endLine) {
      this.ll = ll;
      this.keywordAt = keywordAt;
      this.keyword = keyword;
      this.upper = SyntaxReader.upper(keyword);
      this.heredocs = List.copyOf(heredocs);
      this.endLine = endLine;
    }

    String upper() {
      return upper;
    }

    /** The next heredoc body, which must be the one named {@code name}. */
    Body take(String name) {
      if (taken >= heredocs.size() || !heredocs.get(taken).name().equals(name)) {
        throw new IllegalStateException("heredoc '" + name + "' was not read by the syntax layer");
      }
      return heredocs.get(taken++);
    }
  }
}
