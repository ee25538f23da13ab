package io.github.dockerdsl.lint;

import io.github.dockerdsl.parse.SuppressionComment;
import io.github.dockerdsl.rule.Suppression;
import java.util.Objects;
import java.util.Optional;

/**
 * What waived a finding: our own suppression, a hadolint ignore comment or a BuildKit
 * {@code check=skip}, so reports can show who decided the finding does not apply and why.
 *
 * @param syntax which tool's comment syntax waived it
 * @param id the rule id as written in the comment: {@code DF005}, {@code DL3008}, {@code JSONArgsRecommended}
 *     or {@code all}
 * @param reason the reason written with it; hadolint and BuildKit comments carry none
 * @param scope what the waiver covers
 */
public record Waiver(SuppressionComment.Syntax syntax, String id, Optional<String> reason, Scope scope) {
  /** Checks for null. */
  public Waiver {
    Objects.requireNonNull(syntax, "syntax == null");
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(reason, "reason == null");
    Objects.requireNonNull(scope, "scope == null");
  }

  /** What a waiver covers. */
  public enum Scope {
    /** The instruction right after the comment. */
    INSTRUCTION,
    /** The stage that holds the comment. */
    STAGE,
    /** The whole file. */
    FILE
  }

  /** The waiver for one of our own suppressions, as the parser read it into the model. */
  static Waiver of(Suppression s) {
    Scope scope = s.scope() instanceof Suppression.WholeFile ? Scope.FILE
        : s.scope() instanceof Suppression.WholeStage ? Scope.STAGE : Scope.INSTRUCTION;
    return new Waiver(SuppressionComment.Syntax.DOCKERDSL, s.rule().code(), Optional.of(s.reason()), scope);
  }

  /** The waiver for a hadolint or BuildKit comment. */
  static Waiver of(SuppressionComment c) {
    return new Waiver(c.syntax(), c.ruleId(), c.reason(), c.fileWide() ? Scope.FILE : Scope.INSTRUCTION);
  }

  /** The comment as it would be written, such as {@code # hadolint ignore=DL3008}. */
  public String comment() {
    if (syntax == SuppressionComment.Syntax.HADOLINT) {
      return "# hadolint " + (scope == Scope.FILE ? "global " : "") + "ignore=" + id;
    }
    if (syntax == SuppressionComment.Syntax.BUILDKIT_CHECK) {
      return "# check=skip=" + id;
    }
    String verb = scope == Scope.FILE ? "suppress-file" : scope == Scope.STAGE ? "suppress-stage" : "suppress";
    return "# dockerdsl:" + verb + " " + id + reason.map(r -> " -- " + r).orElse("");
  }
}
