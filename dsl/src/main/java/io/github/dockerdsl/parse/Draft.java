package io.github.dockerdsl.parse;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** How one instruction was written, before it has a place in the model. */
final class Draft {
  final int line;
  final int column;
  int endLine;
  final String keyword;
  final Set<SourceFlag> flags = EnumSet.noneOf(SourceFlag.class);
  Optional<String> rawReason = Optional.empty();
  Optional<String> triggerKeyword = Optional.empty();

  Draft(int line, int column, int endLine, String keyword) {
    this.line = line;
    this.column = column;
    this.endLine = endLine;
    this.keyword = keyword;
  }

  InstructionSource at(int stage, int index) {
    return new InstructionSource(stage, index, line, column, endLine, keyword, flags, rawReason, triggerKeyword);
  }
}
