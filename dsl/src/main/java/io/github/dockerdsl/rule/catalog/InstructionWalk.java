package io.github.dockerdsl.rule.catalog;

import io.github.dockerdsl.Stage;
import io.github.dockerdsl.instruction.Instruction;
import io.github.dockerdsl.instruction.OnBuild;
import io.github.dockerdsl.rule.RuleContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Every instruction of every stage with its position, ONBUILD triggers right after their ONBUILD, as
 * {@code RuleContext.forEachInstruction} visits them: listed once per evaluation, so the rules walk it with
 * plain loops. Each rule's visitor lambda was a class of its own to load, link and compile, which a short
 * process pays for every rule (docs/performance.md, fifth round).
 */
final class InstructionWalk {
  /**
   * One visited instruction.
   *
   * @param stage the stage from 0
   * @param index the instruction in its stage from 0 (a trigger has its ONBUILD's)
   * @param instruction the instruction, or an ONBUILD's trigger
   */
  record At(int stage, int index, Instruction instruction) {}

  private final List<At> all;

  private InstructionWalk(RuleContext context) {
    // sized once and not copied: the list stays private to the rules, which only read it
    List<Stage> stages = context.stages();
    int size = 0;
    for (Stage stage : stages) {
      size += stage.instructions().size();
    }
    List<At> out = new ArrayList<>(size + 4);
    for (int s = 0; s < stages.size(); s++) {
      List<Instruction> instructions = stages.get(s).instructions();
      for (int i = 0; i < instructions.size(); i++) {
        Instruction instruction = instructions.get(i);
        out.add(new At(s, i, instruction));
        if (instruction instanceof OnBuild onBuild) {
          out.add(new At(s, i, onBuild.trigger()));
        }
      }
    }
    this.all = Collections.unmodifiableList(out);
  }

  /** The instructions of the context's Dockerfile, in visiting order. */
  static List<At> of(RuleContext context) {
    return context.derived(InstructionWalk.class, InstructionWalk::new).all;
  }
}
