package io.github.dockerdsl.parse;

import io.github.dockerdsl.Dockerfile;
import java.util.List;
import java.util.Objects;

/**
 * The result of parsing: the model, the source facts the model normalises away, and the waivers
 * written as comments.
 *
 * @param dockerfile the model, with each instruction's origin set to its line and column
 * @param facts positions and written forms, index for index with the model
 * @param suppressions waiver comments in file order
 */
public record ParsedDockerfile(Dockerfile dockerfile, SourceFacts facts, List<SuppressionComment> suppressions) {
  /** Copies the list. */
  public ParsedDockerfile {
    Objects.requireNonNull(dockerfile, "dockerfile == null");
    Objects.requireNonNull(facts, "facts == null");
    suppressions = List.copyOf(suppressions);
  }
}
