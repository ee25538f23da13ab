package io.github.dockerdsl.rule;

import io.github.dockerdsl.Dockerfile;
import io.github.dockerdsl.Stage;
import io.github.dockerdsl.instruction.Instruction;
import io.github.dockerdsl.instruction.OnBuild;
import java.util.List;
import java.util.Objects;

/** What a rule sees: the Dockerfile, with helpers to walk it. */
public final class RuleContext {
  private final Dockerfile dockerfile;

  private RuleContext(Dockerfile dockerfile) {
    this.dockerfile = dockerfile;
  }

  /** The context for one Dockerfile. */
  public static RuleContext of(Dockerfile dockerfile) {
    return new RuleContext(Objects.requireNonNull(dockerfile, "dockerfile == null"));
  }

  /** The Dockerfile under check. */
  public Dockerfile dockerfile() {
    return dockerfile;
  }

  /** The stages. */
  public List<Stage> stages() {
    return dockerfile.stages();
  }

  /** Calls {@code visitor} for every instruction of every stage; ONBUILD triggers are visited too. */
  public void forEachInstruction(InstructionVisitor visitor) {
    List<Stage> stages = dockerfile.stages();
    for (int s = 0; s < stages.size(); s++) {
      List<Instruction> instructions = stages.get(s).instructions();
      for (int i = 0; i < instructions.size(); i++) {
        Instruction instruction = instructions.get(i);
        visitor.visit(s, i, instruction);
        if (instruction instanceof OnBuild) {
          visitor.visit(s, i, ((OnBuild) instruction).trigger());
        }
      }
    }
  }

  /** Receives each instruction with its position. */
  @FunctionalInterface
  public interface InstructionVisitor {
    /** Visits one instruction. */
    void visit(int stageIndex, int instructionIndex, Instruction instruction);
  }
}
