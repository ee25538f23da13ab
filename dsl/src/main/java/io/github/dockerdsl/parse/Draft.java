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
  /** Facts about the form; most instructions have none, so the set is made on the first. */
  private Set<SourceFlag> flags = Set.of();
  Optional<String> rawReason = Optional.empty();
  Optional<String> triggerKeyword = Optional.empty();

  Draft(int line, int column, int endLine, String keyword) {
    this.line = line;
    this.column = column;
    this.endLine = endLine;
    this.keyword = keyword;
  }

  void addFlag(SourceFlag flag) {
    if (flags.isEmpty()) {
      flags = EnumSet.noneOf(SourceFlag.class);
    }
    flags.add(flag);
  }

  void addFlags(Set<SourceFlag> more) {
    for (SourceFlag flag : more) {
      addFlag(flag);
    }
  }

  void removeFlag(SourceFlag flag) {
    if (!flags.isEmpty()) {
      flags.remove(flag);
    }
  }

  Set<SourceFlag> flags() {
    return flags;
  }

  InstructionSource at(int stage, int index) {
    return new InstructionSource(stage, index, line, column, endLine, keyword, flags, rawReason, triggerKeyword);
  }
}
