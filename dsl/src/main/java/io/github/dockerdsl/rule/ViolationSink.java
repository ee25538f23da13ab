package io.github.dockerdsl.rule;

/** Where a rule reports what it found; the policy adds severity, location and suppressions. */
public interface ViolationSink {
  /**
   * Reports a violation.
   *
   * @param stageIndex the stage, from 0; -1 for the preamble before the first FROM
   * @param instructionIndex the instruction in the stage, from 0; -1 for the stage's FROM line
   * @param message what is wrong, naming the value
   * @param fix what to do instead
   */
  void report(int stageIndex, int instructionIndex, String message, String fix);
}
