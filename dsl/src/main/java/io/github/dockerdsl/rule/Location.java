package io.github.dockerdsl.rule;

import io.github.dockerdsl.Origin;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a finding is: the stage, the instruction, its text, and where it was created (a Java line
 * for built Dockerfiles, a file line for parsed ones).
 *
 * @param stageIndex the stage from 0, or -1 for the preamble and file-level findings
 * @param stageName the stage's name, if it has one
 * @param instructionIndex the instruction from 0, or -1 for FROM
 * @param keyword the instruction's keyword
 * @param text the instruction as rendered
 * @param origin where the instruction was created
 */
public record Location(int stageIndex, Optional<String> stageName, int instructionIndex, String keyword,
    String text, Origin origin) {
  /** Checks for null. */
  public Location {
    Objects.requireNonNull(stageName, "stageName == null");
    Objects.requireNonNull(keyword, "keyword == null");
    Objects.requireNonNull(text, "text == null");
    Objects.requireNonNull(origin, "origin == null");
  }

  /** For messages: {@code stage 'runtime', instruction FROM} or {@code stage 2, instruction 4 RUN}. */
  public String describe() {
    String stage = stageIndex < 0 ? "the preamble"
        : stageName.isPresent() ? "stage '" + stageName.get() + "'" : "stage " + (stageIndex + 1);
    String instruction = instructionIndex < 0 ? "instruction " + keyword
        : "instruction " + (instructionIndex + 1) + " " + keyword;
    return stage + ", " + instruction;
  }
}
