package io.github.dockerdsl.rule;

import io.github.dockerdsl.internal.BuildKitLexer;
import io.github.dockerdsl.internal.Checks;
import io.github.dockerdsl.internal.Quoting;
import java.util.Objects;

/**
 * An explicit, reasoned waiver of one rule. It is written into the Dockerfile as a comment
 * ({@code # dockerdsl:suppress DF005 -- reason}) above what it covers, so every waiver is visible in
 * review, and the parser reads it back.
 *
 * @param rule the rule waived
 * @param reason why, for the reviewer; one line, never blank
 * @param scope what it covers
 */
public record Suppression(RuleId rule, String reason, Scope scope) {
  /** Checks the reason. */
  public Suppression {
    Objects.requireNonNull(rule, "rule == null");
    Checks.checkNoControlCharacters(reason, "suppression reason", "write the reason on one line");
    Checks.checkArgument(!reason.isBlank(),
        "suppression of %s has a blank reason; say why the rule does not apply here", rule);
    Checks.checkArgument(BuildKitLexer.trim(reason).equals(reason),
        "suppression reason '%s' has leading or trailing whitespace, which is lost when it is read back; remove it",
        Quoting.visible(reason));
    Checks.checkArgument(oneLine(reason),
        "suppression reason '%s' contains a line separator, which is lost when it is read back; "
            + "write the reason on one line", Quoting.visible(reason));
    Objects.requireNonNull(scope, "scope == null");
  }

  /** No NEL, LS or PS in the reason; a loop, as the parser builds a suppression for every waiver comment. */
  private static boolean oneLine(String reason) {
    for (int i = 0; i < reason.length(); i++) {
      char c = reason.charAt(i);
      if (c == 0x85 || c == 0x2028 || c == 0x2029) {
        return false;
      }
    }
    return true;
  }

  /** A waiver for the whole file. */
  public static Suppression ofFile(Rule rule, String reason) {
    return new Suppression(rule.id(), reason, Scope.WHOLE_FILE);
  }

  /** What a suppression covers. */
  public sealed interface Scope permits WholeFile, WholeStage, AtInstruction {
    /** Every instruction of the file. */
    Scope WHOLE_FILE = new WholeFile();
    /** Every instruction of the stage that holds the suppression. */
    Scope WHOLE_STAGE = new WholeStage();
    /** The FROM line of the stage that holds the suppression. */
    Scope AT_FROM = new AtInstruction(-1);

    /** One instruction of the stage, by index; -1 is FROM. */
    static Scope at(int instructionIndex) {
      return new AtInstruction(instructionIndex);
    }
  }

  /** The whole file. */
  public record WholeFile() implements Scope {}

  /** The whole stage. */
  public record WholeStage() implements Scope {}

  /**
   * One instruction.
   *
   * @param index the instruction's index in its stage; -1 for FROM
   */
  public record AtInstruction(int index) implements Scope {
    /** Checks the index. */
    public AtInstruction {
      Checks.checkArgument(index >= -1, "instruction index '%d' is negative; -1 means FROM", index);
    }
  }
}
