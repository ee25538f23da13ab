package io.github.dockerdsl.rule.catalog;

import io.github.dockerdsl.Stage;
import io.github.dockerdsl.instruction.Instruction;
import io.github.dockerdsl.instruction.OnBuild;
import io.github.dockerdsl.rule.RuleContext;
import java.util.List;

/**
 * Every instruction of every stage with its position, ONBUILD triggers right after their ONBUILD, as
 * {@code RuleContext.forEachInstruction} visits them: listed once per evaluation, so the rules walk it with
 * plain loops. Each rule's visitor lambda was a class of its own to load, link and compile, which a short
 * process pays for every rule (docs/performance.md, fifth round). Three parallel arrays, not an object per
 * instruction, so the warm lint allocates no more than the visitors did.
 */
final class InstructionWalk {
  /**
   * Computes the shared value once per evaluation; a class, not a lambda: no lambda runs on a lint's
   * path, as the first costs a one-file run the JDK's method-handle set-up (docs/performance.md).
   */
  private static final java.util.function.Function<RuleContext, InstructionWalk> COMPUTE =
      new java.util.function.Function<>() {
        @Override
        public InstructionWalk apply(RuleContext context) {
          return new InstructionWalk(context);
        }
      };

  private final int[] stages;
  private final int[] indexes;
  private final Instruction[] instructions;
  private final int size;

  private InstructionWalk(RuleContext context) {
    List<Stage> all = context.stages();
    int capacity = 0;
    for (int s = 0; s < all.size(); s++) {
      List<Instruction> list = all.get(s).instructions();
      for (int i = 0; i < list.size(); i++) {
        capacity += list.get(i) instanceof OnBuild ? 2 : 1;
      }
    }
    stages = new int[capacity];
    indexes = new int[capacity];
    instructions = new Instruction[capacity];
    int n = 0;
    for (int s = 0; s < all.size(); s++) {
      List<Instruction> list = all.get(s).instructions();
      for (int i = 0; i < list.size(); i++) {
        Instruction instruction = list.get(i);
        stages[n] = s;
        indexes[n] = i;
        instructions[n++] = instruction;
        if (instruction instanceof OnBuild onBuild) {
          stages[n] = s;
          indexes[n] = i;
          instructions[n++] = onBuild.trigger();
        }
      }
    }
    size = n;
  }

  /** The instructions of the context's Dockerfile, in visiting order. */
  static InstructionWalk of(RuleContext context) {
    return context.derived(InstructionWalk.class, COMPUTE);
  }

  /** How many instructions (triggers included) there are. */
  int size() {
    return size;
  }

  /** The stage of the {@code k}th, from 0. */
  int stage(int k) {
    return stages[k];
  }

  /** The index in its stage of the {@code k}th, from 0 (a trigger has its ONBUILD's). */
  int index(int k) {
    return indexes[k];
  }

  /** The {@code k}th instruction, or an ONBUILD's trigger. */
  Instruction instruction(int k) {
    return instructions[k];
  }
}
