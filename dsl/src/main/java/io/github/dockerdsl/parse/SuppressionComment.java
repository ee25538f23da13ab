package io.github.dockerdsl.parse;

import java.util.Objects;
import java.util.Optional;

/**
 * A waiver written in the file, as found, for the linter to map onto its rules: our
 * {@code # dockerdsl:suppress DF005 -- reason}, hadolint's {@code # hadolint ignore=DL3008} and
 * BuildKit's {@code # check=skip=JSONArgsRecommended}.
 *
 * @param syntax which tool's syntax the comment uses
 * @param ruleId the rule id as written, such as {@code DF005}, {@code DL3008} or {@code JSONArgsRecommended}
 * @param reason the reason after {@code --}, when one is given
 * @param line the 1-based line of the comment
 * @param fileWide true for waivers of the whole file ({@code # check=skip=}, {@code # hadolint global ignore=})
 * @param target the instruction the waiver applies to; empty for file-wide waivers and for a comment
 *     with no instruction after it
 */
public record SuppressionComment(Syntax syntax, String ruleId, Optional<String> reason, int line, boolean fileWide,
    Optional<InstructionSource> target) {
  /** Checks for null. */
  public SuppressionComment {
    Objects.requireNonNull(syntax, "syntax == null");
    Objects.requireNonNull(ruleId, "ruleId == null");
    Objects.requireNonNull(reason, "reason == null");
    Objects.requireNonNull(target, "target == null");
  }

  /** The comment syntaxes the parser collects. */
  public enum Syntax {
    /** {@code # dockerdsl:suppress DF005 -- reason}. */
    DOCKERDSL,
    /** {@code # hadolint ignore=DL3008,DL3009} or {@code # hadolint global ignore=...}. */
    HADOLINT,
    /** {@code # check=skip=Rule,Rule} parser directive. */
    BUILDKIT_CHECK
  }
}
