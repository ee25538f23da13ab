package io.github.dockerdsl.parse;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How one stage was written: its FROM line and one source per instruction.
 *
 * @param from where the FROM line is
 * @param asKeyword the {@code AS} keyword as written ({@code as}, {@code AS}), when the stage is named
 * @param nameAsWritten the stage name as written, before BuildKit's lower-casing
 * @param baseAsWritten the base image or stage as written
 * @param instructions one source per instruction, index for index with {@code Stage.instructions()}
 */
public record StageSource(InstructionSource from, Optional<String> asKeyword, Optional<String> nameAsWritten,
    String baseAsWritten, List<InstructionSource> instructions) {
  /** Copies the list. */
  public StageSource {
    Objects.requireNonNull(from, "from == null");
    Objects.requireNonNull(asKeyword, "asKeyword == null");
    Objects.requireNonNull(nameAsWritten, "nameAsWritten == null");
    Objects.requireNonNull(baseAsWritten, "baseAsWritten == null");
    instructions = List.copyOf(instructions);
  }
}
