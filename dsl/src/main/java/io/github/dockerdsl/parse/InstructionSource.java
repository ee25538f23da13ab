package io.github.dockerdsl.parse;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Where one parsed instruction sits in the text and how it was written, for findings and lint checks.
 *
 * @param stage the stage index, or {@link #PREAMBLE} for global ARGs and comments before the first FROM
 * @param index the index in the stage's instructions (or in the preamble), or {@link #FROM} for the FROM line
 * @param line the 1-based line of the keyword (of the first {@code #} for comments)
 * @param column the 1-based column of the keyword
 * @param endLine the last line the instruction occupies, heredoc bodies included
 * @param keyword the keyword as written, such as {@code run}; {@code #} for comments
 * @param flags facts about the form the instruction was written in
 * @param rawReason why the instruction became {@code Raw}, when it did
 * @param triggerKeyword for ONBUILD, the trigger's keyword as written
 */
public record InstructionSource(int stage, int index, int line, int column, int endLine, String keyword,
    Set<SourceFlag> flags, Optional<String> rawReason, Optional<String> triggerKeyword) {
  /** The stage index of the preamble (global ARGs and comments before the first FROM). */
  public static final int PREAMBLE = -1;
  /** The instruction index of a stage's FROM line. */
  public static final int FROM = -1;

  /** Copies the flags. */
  public InstructionSource {
    Objects.requireNonNull(keyword, "keyword == null");
    // most instructions have no flags; Set.copyOf would copy through a HashSet to get the same Set.of()
    flags = flags.isEmpty() ? Set.of() : Set.copyOf(flags);
    Objects.requireNonNull(rawReason, "rawReason == null");
    Objects.requireNonNull(triggerKeyword, "triggerKeyword == null");
  }

  /** True when the instruction was written with this fact. */
  public boolean has(SourceFlag flag) {
    return flags.contains(flag);
  }

  /** True for a stage's FROM line. */
  public boolean isFrom() {
    return stage != PREAMBLE && index == FROM;
  }
}
