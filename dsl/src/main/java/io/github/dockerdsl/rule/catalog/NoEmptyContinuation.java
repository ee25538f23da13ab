package io.github.dockerdsl.rule.catalog;

import io.github.dockerdsl.parse.InstructionSource;
import io.github.dockerdsl.parse.SourceFlag;
import io.github.dockerdsl.rule.RuleContext;
import io.github.dockerdsl.rule.Severity;
import io.github.dockerdsl.rule.ViolationSink;
import java.util.List;
import java.util.Locale;

/**
 * DF054: an empty line inside a line continuation hides where the instruction ends, and BuildKit
 * will make it an error. The writer never writes one; parsed files can hold it.
 */
public final class NoEmptyContinuation extends BaseRule {
  /** Creates the rule; use {@code Rules.NO_EMPTY_CONTINUATION}. */
  public NoEmptyContinuation() {
    super("DF054", "NoEmptyContinuation", Severity.WARNING,
        "Line continuations have no empty lines in them",
        seeAlso(List.of(), List.of("NoEmptyContinuation"), List.of(), List.of()));
  }

  @Override
  public void check(RuleContext context, ViolationSink sink) {
    if (context.source().isEmpty()) {
      return;
    }
    SourceWalk.Walk walk = SourceWalk.of(context);
    for (int k = 0; k < walk.size(); k++) {
      InstructionSource source = walk.source(k);
      if (source.has(SourceFlag.EMPTY_CONTINUATION_LINE)) {
        sink.report(walk.stage(k), walk.index(k), message(source.keyword(), source.line(), source.endLine()), FIX);
      }
    }
  }

  /** The message: the instruction and the lines it spans. */
  static String message(String keyword, int line, int endLine) {
    return keyword.toUpperCase(Locale.ROOT) + " (lines " + line + "-" + endLine
        + ") has an empty line inside its line continuation; BuildKit will make this an error";
  }

  private static final String FIX = "remove the empty line, or end the instruction before it";
}
