package io.github.dockerdsl.rule.catalog;

import io.github.dockerdsl.parse.InstructionSource;
import io.github.dockerdsl.rule.RuleContext;
import io.github.dockerdsl.rule.Severity;
import io.github.dockerdsl.rule.ViolationSink;
import io.github.dockerdsl.rule.catalog.SourceWalk.Casing;
import java.util.List;
import java.util.Locale;

/**
 * DF050: keywords written in mixed or inconsistent case make a file harder to scan and to search.
 * The writer always upper-cases keywords; parsed files can mix {@code RUN}, {@code run} and {@code Run}.
 */
public final class ConsistentInstructionCasing extends BaseRule {
  /** Creates the rule; use {@code Rules.CONSISTENT_INSTRUCTION_CASING}. */
  public ConsistentInstructionCasing() {
    super("DF050", "ConsistentInstructionCasing", Severity.WARNING,
        "Instruction keywords are all upper case or all lower case, never mixed",
        seeAlso(List.of(), List.of("ConsistentInstructionCasing"), List.of(), List.of()));
  }

  @Override
  public void check(RuleContext context, ViolationSink sink) {
    if (context.source().isEmpty()) {
      return;
    }
    SourceWalk.Walk walk = SourceWalk.of(context);
    int[] counts = new int[3]; // one per Casing
    for (int k = 0; k < walk.size(); k++) {
      InstructionSource source = walk.source(k);
      counts[Casing.of(source.keyword()).ordinal()]++;
      if (source.triggerKeyword().isPresent()) {
        counts[Casing.of(source.triggerKeyword().get()).ordinal()]++;
      }
    }
    Casing majority = counts[Casing.LOWER.ordinal()] > counts[Casing.UPPER.ordinal()] ? Casing.LOWER : Casing.UPPER;
    InstructionSource previous = null;
    for (int k = 0; k < walk.size(); k++) {
      int s = walk.stage(k);
      int i = walk.index(k);
      InstructionSource source = walk.source(k);
      if (!SourceWalk.isRepeat(previous, source)) {
        // plain ifs, no Optional and lambda per keyword: this runs for every instruction of every file
        String keyword = source.keyword();
        if (Casing.of(keyword) != majority) {
          sink.report(s, i, message(keyword, majority), fix(keyword, majority));
        }
        if (source.triggerKeyword().isPresent()) {
          String trigger = source.triggerKeyword().get();
          if (Casing.of(trigger) != majority) {
            sink.report(s, i, "ONBUILD trigger " + message(trigger, majority), fix(trigger, majority));
          }
        }
      }
      previous = source;
    }
  }

  /** The message for a keyword not in the majority's case. */
  private static String message(String keyword, Casing majority) {
    return Casing.of(keyword) == Casing.MIXED ? mixedMessage(keyword) : minorityMessage(keyword, majority);
  }

  /** The message for a keyword such as {@code Run}. */
  static String mixedMessage(String keyword) {
    return "keyword '" + keyword + "' mixes upper and lower case";
  }

  /** The message for a keyword in the other case than most of the file's. */
  static String minorityMessage(String keyword, Casing majority) {
    return "keyword '" + keyword + "' is " + (majority == Casing.UPPER ? "lower" : "upper")
        + " case while most keywords in this file are " + majority.name().toLowerCase(Locale.ROOT) + " case";
  }

  /** The fix: the keyword in the file's case; the canonical form is upper case. */
  static String fix(String keyword, Casing majority) {
    String wanted = majority == Casing.UPPER ? keyword.toUpperCase(Locale.ROOT) : keyword.toLowerCase(Locale.ROOT);
    return "write '" + wanted + "'; dockerdsl fmt writes every keyword in upper case";
  }
}
