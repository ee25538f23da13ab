package io.github.dockerdsl.rule.catalog;

import io.github.dockerdsl.instruction.Instruction;
import io.github.dockerdsl.instruction.Raw;
import io.github.dockerdsl.rule.RuleContext;
import io.github.dockerdsl.rule.SeeAlso;
import io.github.dockerdsl.rule.Severity;
import io.github.dockerdsl.rule.ViolationSink;
import java.util.Set;

/** DF901: a raw instruction escapes every check, so each use needs a reviewed reason. */
public final class RawInstruction extends BaseRule {
  /** Keywords that have a rule of their own, which reports them more precisely. */
  private static final Set<String> COVERED = Set.of("CMD", "ENTRYPOINT", "HEALTHCHECK", "MAINTAINER", "EXPOSE");

  /** Creates the rule; use {@code Rules.RAW_INSTRUCTION}. */
  public RawInstruction() {
    super("DF901", "RawInstruction", Severity.ERROR,
        "Raw instructions are suppressed with a reason", SeeAlso.NONE);
  }

  @Override
  public void check(RuleContext context, ViolationSink sink) {
    InstructionWalk walk = InstructionWalk.of(context);
    for (int k = 0; k < walk.size(); k++) {
      int s = walk.stage(k);
      int i = walk.index(k);
      Instruction instruction = walk.instruction(k);
      if (instruction instanceof Raw && !COVERED.contains(instruction.keyword())) {
        sink.report(s, i, "raw instruction '" + ((Raw) instruction).text() + "' bypasses the typed model and its checks",
            "use the typed instruction if there is one; otherwise suppress this rule with the reason the raw text is needed");
      }
    }
  }
}
