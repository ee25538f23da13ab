package io.github.dockerdsl.parse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What the text said that the model does not keep: positions, keyword casing and legacy forms, index
 * for index with the parsed {@code Dockerfile}.
 *
 * @param directives the parser directives, in order
 * @param preamble one source per preamble item, index for index with {@code Dockerfile.preamble()}
 * @param stages one source per stage, index for index with {@code Dockerfile.stages()}
 */
public record SourceFacts(List<DirectiveSource> directives, List<InstructionSource> preamble,
    List<StageSource> stages) {
  /** Copies the lists. */
  public SourceFacts {
    directives = List.copyOf(directives);
    preamble = List.copyOf(preamble);
    stages = List.copyOf(stages);
  }

  /** Every instruction, FROM lines and comments included, in file order. */
  public List<InstructionSource> all() {
    List<InstructionSource> out = new ArrayList<>(preamble);
    for (StageSource s : stages) {
      out.add(s.from());
      out.addAll(s.instructions());
    }
    out.sort((a, b) -> Integer.compare(a.line(), b.line()));
    return Collections.unmodifiableList(out);
  }

  /**
   * The source of one instruction.
   *
   * @param stage a stage index, or {@link InstructionSource#PREAMBLE}
   * @param index an instruction index, or {@link InstructionSource#FROM}
   * @throws IndexOutOfBoundsException if there is no such instruction
   */
  public InstructionSource at(int stage, int index) {
    if (stage == InstructionSource.PREAMBLE) {
      return preamble.get(index);
    }
    StageSource s = stages.get(stage);
    return index == InstructionSource.FROM ? s.from() : s.instructions().get(index);
  }
}
