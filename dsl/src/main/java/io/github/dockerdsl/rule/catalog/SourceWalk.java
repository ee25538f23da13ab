package io.github.dockerdsl.rule.catalog;

import io.github.dockerdsl.parse.InstructionSource;
import io.github.dockerdsl.parse.SourceFacts;
import io.github.dockerdsl.parse.StageSource;
import io.github.dockerdsl.rule.RuleContext;
import java.util.Locale;

/** Walks the source facts of a parsed file for the rules over the written form (DF050 and up). */
final class SourceWalk {
  /**
   * Computes the shared value once per evaluation; a class, not a lambda: no lambda runs on a lint's
   * path, as the first costs a one-file run the JDK's method-handle set-up (docs/performance.md).
   */
  private static final java.util.function.Function<RuleContext, Walk> COMPUTE =
      new java.util.function.Function<>() {
        @Override
        public Walk apply(RuleContext context) {
          return walk(context);
        }
      };

  private SourceWalk() {}

  /**
   * Every instruction source of a parsed file in model order, comments left out; empty for Dockerfiles
   * built in code. Made once per evaluation for the four rules that walk it, which loop over it: each
   * rule's visitor lambda was a class to load, link and compile in a short process (docs/performance.md,
   * fifth round). Parallel arrays, not an object per source, so the warm lint allocates no more.
   */
  static final class Walk {
    private final int[] stages;
    private final int[] indexes;
    private final InstructionSource[] sources;
    private int size;

    private Walk(int capacity) {
      stages = new int[capacity];
      indexes = new int[capacity];
      sources = new InstructionSource[capacity];
    }

    private void add(int stage, int index, InstructionSource source) {
      stages[size] = stage;
      indexes[size] = index;
      sources[size++] = source;
    }

    /** How many sources there are. */
    int size() {
      return size;
    }

    /** The stage of the {@code k}th from 0, -1 for the preamble. */
    int stage(int k) {
      return stages[k];
    }

    /** The instruction of the {@code k}th from 0, -1 for FROM. */
    int index(int k) {
      return indexes[k];
    }

    /** How the {@code k}th was written. */
    InstructionSource source(int k) {
      return sources[k];
    }
  }

  /** The walk of the context's source facts. */
  static Walk of(RuleContext context) {
    return context.derived(Walk.class, COMPUTE);
  }

  private static Walk walk(RuleContext context) {
    if (context.source().isEmpty()) {
      return new Walk(0);
    }
    SourceFacts facts = context.source().get();
    int capacity = facts.preamble().size();
    for (StageSource stage : facts.stages()) {
      capacity += 1 + stage.instructions().size();
    }
    Walk out = new Walk(capacity);
    for (int i = 0; i < facts.preamble().size(); i++) {
      InstructionSource p = facts.preamble().get(i);
      if (!isComment(p)) {
        out.add(-1, i, p);
      }
    }
    for (int s = 0; s < facts.stages().size(); s++) {
      StageSource stage = facts.stages().get(s);
      out.add(s, -1, stage.from());
      for (int i = 0; i < stage.instructions().size(); i++) {
        InstructionSource source = stage.instructions().get(i);
        if (!isComment(source)) {
          out.add(s, i, source);
        }
      }
    }
    return out;
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
      // an ASCII keyword, as nearly all are, is read in one pass: it equals its upper case when it has
      // no a-z, and its lower case when it has no A-Z
      boolean lower = false;
      boolean upper = false;
      for (int i = 0; i < word.length(); i++) {
        char c = word.charAt(i);
        if (c >= 128) {
          return ofAny(word);
        }
        lower |= c >= 'a' && c <= 'z';
        upper |= c >= 'A' && c <= 'Z';
      }
      return !lower ? UPPER : !upper ? LOWER : MIXED;
    }

    /** {@link #of} for any word, by comparing it with its upper and lower case. */
    static Casing ofAny(String word) {
      if (word.equals(word.toUpperCase(Locale.ROOT))) {
        return UPPER;
      }
      return word.equals(word.toLowerCase(Locale.ROOT)) ? LOWER : MIXED;
    }
  }
}
