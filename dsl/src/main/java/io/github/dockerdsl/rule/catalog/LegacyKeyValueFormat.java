package io.github.dockerdsl.rule.catalog;

import io.github.dockerdsl.Stage;
import io.github.dockerdsl.instruction.Instruction;
import io.github.dockerdsl.parse.InstructionSource;
import io.github.dockerdsl.parse.SourceFlag;
import io.github.dockerdsl.rule.RuleContext;
import io.github.dockerdsl.rule.Severity;
import io.github.dockerdsl.rule.ViolationSink;
import java.util.List;
import java.util.Locale;

/**
 * DF053: {@code ENV key value} sets one variable to the rest of the line, spaces and quotes
 * included, which surprises readers; BuildKit deprecates the form. The writer always writes
 * {@code key=value}; parsed files can hold the legacy form.
 */
public final class LegacyKeyValueFormat extends BaseRule {
  /** Creates the rule; use {@code Rules.LEGACY_KEY_VALUE_FORMAT}. */
  public LegacyKeyValueFormat() {
    super("DF053", "LegacyKeyValueFormat", Severity.WARNING,
        "ENV and LABEL use key=value, not the legacy 'key value' form",
        seeAlso(List.of(), List.of("LegacyKeyValueFormat"), List.of(), List.of()));
  }

  @Override
  public void check(RuleContext context, ViolationSink sink) {
    if (context.source().isEmpty()) {
      return;
    }
    List<Stage> stages = context.stages();
    SourceWalk.Walk walk = SourceWalk.of(context);
    for (int k = 0; k < walk.size(); k++) {
      int s = walk.stage(k);
      int i = walk.index(k);
      InstructionSource source = walk.source(k);
      if (source.has(SourceFlag.LEGACY_KEY_VALUE) && s >= 0 && i >= 0) {
        Instruction instruction = stages.get(s).instructions().get(i);
        sink.report(s, i, message(source.triggerKeyword().orElse(source.keyword())), fix(instruction.toString()));
      }
    }
  }

  /** The message: the keyword as written. */
  static String message(String keyword) {
    String upper = keyword.toUpperCase(Locale.ROOT);
    return upper + " uses the legacy form '" + upper + " key value', which sets one key to the rest of the line";
  }

  /** The fix: the canonical text of the same instruction. */
  static String fix(String canonical) {
    return "write key=value: " + canonical;
  }
}
