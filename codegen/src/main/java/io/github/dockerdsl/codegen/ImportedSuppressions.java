package io.github.dockerdsl.codegen;

import io.github.dockerdsl.Dockerfile;
import io.github.dockerdsl.instruction.Raw;
import io.github.dockerdsl.parse.SourceFacts;
import io.github.dockerdsl.rule.Policy;
import io.github.dockerdsl.rule.RuleId;
import io.github.dockerdsl.rule.Rules;
import io.github.dockerdsl.rule.Severity;
import io.github.dockerdsl.rule.Violation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The waivers an import adds: one per rule and instruction that the original breaks, so the imported
 * code builds under the policy and each waiver shows a reviewer what to fix.
 */
final class ImportedSuppressions {
  /** Every reason an import writes starts with this, so reviewers (and tools) can find them. */
  static final String PREFIX = "imported as is: ";
  /** And ends with this. */
  static final String SUFFIX = "; review";

  /**
   * Where one waiver goes.
   *
   * @param stage the stage index, or -1 for a file-wide waiver
   * @param instruction the instruction index in the stage, -1 for FROM
   */
  record Planned(int stage, int instruction, RuleId rule, String reason) {}

  private ImportedSuppressions() {}

  /**
   * The waivers for every unsuppressed error and warning of {@code policy}; advice (INFO) stays a
   * finding, and a rule the policy makes unsuppressible stays a violation.
   */
  static List<Planned> plan(Dockerfile dockerfile, Optional<SourceFacts> facts, Policy policy) {
    Map<List<Object>, Set<String>> reasons = new LinkedHashMap<>();
    Map<List<Object>, Planned> keys = new LinkedHashMap<>();
    for (Violation v : policy.evaluate(dockerfile)) {
      if (v.isSuppressed() || v.severity() == Severity.INFO || v.rule().equals(Rules.UNUSED_SUPPRESSION.id())
          || policy.isUnsuppressible(v.rule())) {
        continue;
      }
      int stage = v.location().stageIndex();
      int instruction = stage < 0 ? -1 : v.location().instructionIndex();
      List<Object> key = List.of(stage, instruction, v.rule().code());
      keys.putIfAbsent(key, new Planned(stage, instruction, v.rule(), ""));
      reasons.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(finding(dockerfile, facts, v, stage, instruction));
    }
    List<Planned> out = new ArrayList<>();
    for (Map.Entry<List<Object>, Planned> e : keys.entrySet()) {
      Planned p = e.getValue();
      out.add(new Planned(p.stage(), p.instruction(), p.rule(),
          PREFIX + String.join("; ", reasons.get(e.getKey())) + SUFFIX));
    }
    return out;
  }

  /** The finding in words: the parser's reason for a raw instruction, else the rule's message. */
  private static String finding(Dockerfile dockerfile, Optional<SourceFacts> facts, Violation v, int stage,
      int instruction) {
    if (v.rule().equals(Rules.RAW_INSTRUCTION.id()) && stage >= 0 && instruction >= 0 && facts.isPresent()
        && dockerfile.stages().get(stage).instructions().get(instruction) instanceof Raw) {
      Optional<String> reason = facts.get().at(stage, instruction).rawReason();
      if (reason.isPresent()) {
        return oneLine(reason.get());
      }
    }
    return oneLine(v.message());
  }

  private static String oneLine(String text) {
    return text.replaceAll("[\\p{Cntrl}\u2028\u2029\u0085]+", " ").strip();
  }
}
