package io.github.dockerdsl.rule.catalog;

import io.github.dockerdsl.parse.InstructionSource;
import io.github.dockerdsl.parse.SourceFacts;
import io.github.dockerdsl.parse.StageSource;
import io.github.dockerdsl.rule.RuleContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Walks the source facts of a parsed file for the rules over the written form (DF050 and up). */
final class SourceWalk {
  private SourceWalk() {}

  /**
   * One instruction's source: preamble items, FROM lines and stage instructions.
   *
   * @param stage the stage from 0, -1 for the preamble
   * @param index the instruction from 0, -1 for FROM
   * @param source how it was written
   */
  record At(int stage, int index, InstructionSource source) {}

  /** The list of a context's sources, made once per evaluation for the four rules that walk it. */
  private record Walk(List<At> all) {}

  /**
   * Every instruction source of the context's parsed file in model order, comments left out; empty for
   * Dockerfiles built in code. A list the rules loop over, not a visitor: each rule's visitor lambda was
   * a class to load, link and compile in a short process (docs/performance.md, fifth round).
   */
  static List<At> of(RuleContext context) {
    return context.derived(Walk.class, SourceWalk::walk).all();
  }

  private static Walk walk(RuleContext context) {
    if (context.source().isEmpty()) {
      return new Walk(List.of());
    }
    SourceFacts facts = context.source().get();
    List<At> out = new ArrayList<>();
    for (int i = 0; i < facts.preamble().size(); i++) {
      InstructionSource p = facts.preamble().get(i);
      if (!isComment(p)) {
        out.add(new At(-1, i, p));
      }
    }
    for (int s = 0; s < facts.stages().size(); s++) {
      StageSource stage = facts.stages().get(s);
      out.add(new At(s, -1, stage.from()));
      for (int i = 0; i < stage.instructions().size(); i++) {
        InstructionSource source = stage.instructions().get(i);
        if (!isComment(source)) {
          out.add(new At(s, i, source));
        }
      }
    }
    return new Walk(Collections.unmodifiableList(out));
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
