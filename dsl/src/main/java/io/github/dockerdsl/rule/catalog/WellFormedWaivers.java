package io.github.dockerdsl.rule.catalog;

import io.github.dockerdsl.rule.RuleContext;
import io.github.dockerdsl.rule.SeeAlso;
import io.github.dockerdsl.rule.Severity;
import io.github.dockerdsl.rule.ViolationSink;
import java.util.Set;

/**
 * DF056: a waiver comment that cannot apply (our own without a reason, a hadolint id or BuildKit check
 * name that does not exist) leaves the finding it meant to waive in place, or waives nothing, without
 * anyone noticing. Waiver comments exist only in parsed text, so the linter ({@code Linter}) reports
 * this rule; {@link #check} finds nothing in a model.
 */
public final class WellFormedWaivers extends BaseRule {
  /** The BuildKit check names (BuildKit's ruleset), for telling a typo from a check we do not map. */
  public static final Set<String> BUILDKIT_CHECKS = Set.of("StageNameCasing", "FromAsCasing", "NoEmptyContinuation",
      "ConsistentInstructionCasing", "DuplicateStageName", "ReservedStageName", "JSONArgsRecommended",
      "MaintainerDeprecated", "UndefinedArgInFrom", "WorkdirRelativePath", "UndefinedVar",
      "MultipleInstructionsDisallowed", "LegacyKeyValueFormat", "InvalidBaseImagePlatform", "RedundantTargetPlatform",
      "SecretsUsedInArgOrEnv", "InvalidDefaultArgInFrom", "FromPlatformFlagConstDisallowed", "CopyIgnoredFile",
      "InvalidDefinitionDescription", "ExposeProtoCasing", "ExposeInvalidFormat");

  /** Creates the rule; use {@code Rules.WELL_FORMED_WAIVERS}. */
  public WellFormedWaivers() {
    super("DF056", "WellFormedWaivers", Severity.WARNING,
        "Waiver comments name an existing rule and, for dockerdsl's own, give a reason",
        SeeAlso.NONE);
  }

  @Override
  public void check(RuleContext context, ViolationSink sink) {
    // Waiver comments are not part of the model; the linter reports this rule from the parsed comments.
  }

  /** True when {@code id} has the form of a hadolint rule (DLnnnn) or of a ShellCheck check it runs (SCnnnn). */
  public static boolean isHadolintId(String id) {
    if (id.length() != 6 || !id.startsWith("DL") && !id.startsWith("SC")) {
      return false;
    }
    for (int i = 2; i < 6; i++) {
      if (id.charAt(i) < '0' || id.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** The message for {@code # dockerdsl:suppress CODE} without a reason (or with a malformed code). */
  public static String noReasonMessage(String code) {
    return "waiver '# dockerdsl:suppress " + code + "' has no reason after ' -- ', so it waives nothing";
  }

  /** The fix for a waiver without a reason. */
  public static String noReasonFix(String code) {
    return "write '# dockerdsl:suppress " + code + " -- <why the rule does not apply here>'";
  }

  /** The message for {@code # dockerdsl:suppress code -- reason} whose code is not a rule code. */
  public static String badCodeMessage(String code) {
    return "waiver '# dockerdsl:suppress' names '" + code + "', which is not a rule code such as DF005, "
        + "so it waives nothing";
  }

  /** The message for a hadolint id that is not one. */
  public static String unknownHadolintMessage(String id) {
    return "hadolint waiver names '" + id + "', which is not a hadolint rule id (DLnnnn or SCnnnn), so it waives nothing";
  }

  /** The message for a BuildKit check name that does not exist. */
  public static String unknownBuildkitMessage(String name) {
    return "check=skip names '" + name + "', which is not a BuildKit check, so it waives nothing";
  }

  /** The fix for an unknown id. */
  public static final String UNKNOWN_FIX = "correct the id or remove it; dockerdsl rules lists the siblings of every rule";
}
