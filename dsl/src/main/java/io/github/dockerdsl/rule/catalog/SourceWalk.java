package io.github.dockerdsl.rule.catalog;

import io.github.dockerdsl.parse.InstructionSource;
import io.github.dockerdsl.parse.SourceFacts;
import io.github.dockerdsl.parse.StageSource;
import java.util.Locale;

/** Walks the source facts of a parsed file for the rules over the written form (DF050 and up). */
final class SourceWalk {
  private SourceWalk() {}

  /** Receives one instruction's source: preamble items, FROM lines and stage instructions. */
  @FunctionalInterface
  interface Visitor {
    /** Visits one source; {@code stage} is -1 for the preamble and {@code index} -1 for FROM. */
    void visit(int stage, int index, InstructionSource source);
  }

  /** Visits every instruction source in model order, comments left out. */
  static void forEach(SourceFacts facts, Visitor visitor) {
    for (int i = 0; i < facts.preamble().size(); i++) {
      InstructionSource p = facts.preamble().get(i);
      if (!isComment(p)) {
        visitor.visit(-1, i, p);
      }
    }
    for (int s = 0; s < facts.stages().size(); s++) {
      StageSource stage = facts.stages().get(s);
      visitor.visit(s, -1, stage.from());
      for (int i = 0; i < stage.instructions().size(); i++) {
        InstructionSource source = stage.instructions().get(i);
        if (!isComment(source)) {
          visitor.visit(s, i, source);
        }
      }
    }
  }

  /**
   * True for the second and later instructions the parser made from one written instruction
   * ({@code ARG a b}): they share the first one's position, so a rule reports the text once.
   */
  static boolean isRepeat(InstructionSource previous, InstructionSource source) {
    return previous != null && previous.line() == source.line() && previous.column() == source.column();
  }

  private static boolean isComment(InstructionSource source) {
    return source.keyword().equals("#");
  }

  /** The casing of a keyword. */
  enum Casing {
    /** Every letter upper case, such as {@code RUN}. */
    UPPER,
    /** Every letter lower case, such as {@code run}. */
    LOWER,
    /** Both, such as {@code Run}. */
    MIXED;

    static Casing of(String word) {
      if (word.equals(word.toUpperCase(Locale.ROOT))) {
        return UPPER;
      }
      return word.equals(word.toLowerCase(Locale.ROOT)) ? LOWER : MIXED;
    }
  }
}
