package io.github.dockerdsl.rule;

import io.github.dockerdsl.Dockerfile;
import io.github.dockerdsl.Origin;
import io.github.dockerdsl.Stage;
import io.github.dockerdsl.instruction.Instruction;
import io.github.dockerdsl.internal.Checks;
import io.github.dockerdsl.parse.SourceFacts;
import io.github.dockerdsl.render.DockerfileWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable set of rules with their severities: what {@code Dockerfile.build()} enforces.
 * {@link #strict()} is the default; companies derive their own with {@code with…} methods.
 */
public final class Policy {
  private final String name;
  private final Map<RuleId, Rule> rules;
  private final Map<RuleId, Severity> severities;
  private final Map<RuleId, String> disabled;
  private final Set<RuleId> unsuppressible;
  /** The enabled rules in order, listed once: every evaluation walks them. */
  private final List<Rule> enabled;

  private Policy(String name, Map<RuleId, Rule> rules, Map<RuleId, Severity> severities,
      Map<RuleId, String> disabled, Set<RuleId> unsuppressible) {
    this.name = name;
    this.rules = Collections.unmodifiableMap(new LinkedHashMap<>(rules));
    this.severities = Collections.unmodifiableMap(new LinkedHashMap<>(severities));
    this.disabled = Collections.unmodifiableMap(new LinkedHashMap<>(disabled));
    this.unsuppressible = Collections.unmodifiableSet(new LinkedHashSet<>(unsuppressible));
    List<Rule> on = new ArrayList<>();
    for (Rule r : this.rules.values()) {
      if (!this.disabled.containsKey(r.id())) {
        on.add(r);
      }
    }
    this.enabled = List.copyOf(on);
  }

  /** Every built-in rule at its default severity: what {@code build()} uses. */
  public static Policy strict() {
    Map<RuleId, Rule> all = new LinkedHashMap<>();
    for (Rule r : Rules.all()) {
      all.put(r.id(), r);
    }
    return new Policy("strict", all, Map.of(), Map.of(), Set.of());
  }

  /** No rules at all: for reading a Dockerfile without judging it. */
  public static Policy none() {
    return None.NONE;
  }

  /** One shared instance (a policy is immutable), so that build() can tell it by identity and skip evaluating it. */
  private static final class None {
    static final Policy NONE = new Policy("none", Map.of(), Map.of(), Map.of(), Set.of());
  }

  /** The policy's name, shown in reports. */
  public String name() {
    return name;
  }

  /** A copy with another name, e.g. {@code acme-strict}. */
  public Policy named(String newName) {
    Checks.checkNotBlank(newName, "policy name");
    return new Policy(newName, rules, severities, disabled, unsuppressible);
  }

  /** A copy that also runs {@code rule}, e.g. a company rule. */
  public Policy withRule(Rule rule) {
    Checks.requireNonNull(rule, "rule");
    Map<RuleId, Rule> more = new LinkedHashMap<>(rules);
    Rule previous = more.put(rule.id(), rule);
    Checks.checkArgument(previous == null || previous == rule,
        "policy '%s' already has a rule %s; give the new rule another code", name, rule.id());
    return new Policy(name, more, severities, disabled, unsuppressible);
  }

  /** A copy where {@code rule} reports at {@code severity}. */
  public Policy withSeverity(Rule rule, Severity severity) {
    checkKnown(rule);
    Map<RuleId, Severity> more = new LinkedHashMap<>(severities);
    more.put(rule.id(), Checks.requireNonNull(severity, "severity"));
    return new Policy(name, rules, more, disabled, unsuppressible);
  }

  /** A copy without {@code rule}; the reason is kept for {@link #disabledRules()}. */
  public Policy without(Rule rule, String reason) {
    checkKnown(rule);
    Checks.checkNoControlCharacters(reason, "reason", "write the reason on one line");
    Checks.checkArgument(!reason.isBlank(), "disabling %s needs a reason; say why the rule does not apply", rule.id());
    Checks.checkArgument(!unsuppressible.contains(rule.id()),
        "rule %s is unsuppressible in policy '%s' and cannot be disabled", rule.id(), name);
    Map<RuleId, String> more = new LinkedHashMap<>(disabled);
    more.put(rule.id(), reason);
    return new Policy(name, rules, severities, more, unsuppressible);
  }

  /** A copy where suppressions of {@code rule} are refused. */
  public Policy unsuppressible(Rule rule) {
    checkKnown(rule);
    Checks.checkArgument(!disabled.containsKey(rule.id()),
        "rule %s is disabled in policy '%s'; enable it before making it unsuppressible", rule.id(), name);
    Set<RuleId> more = new LinkedHashSet<>(unsuppressible);
    more.add(rule.id());
    return new Policy(name, rules, severities, disabled, more);
  }

  private void checkKnown(Rule rule) {
    Checks.requireNonNull(rule, "rule");
    Checks.checkArgument(rules.containsKey(rule.id()),
        "policy '%s' has no rule %s; add it with withRule(...) first", name, rule.id());
  }

  /** The rules this policy runs, in order. */
  public List<Rule> rules() {
    return new ArrayList<>(enabled);
  }

  /** True when the policy runs the rule with this id: it has it and it is not disabled. */
  public boolean runs(RuleId id) {
    return rules.containsKey(id) && !disabled.containsKey(id);
  }

  /** The rules switched off, with the reason given. */
  public Map<RuleId, String> disabledRules() {
    return disabled;
  }

  /** The severity of a rule under this policy. */
  public Severity severity(Rule rule) {
    return severities.getOrDefault(rule.id(), rule.defaultSeverity());
  }

  /** True when suppressions of the rule are refused. */
  public boolean isUnsuppressible(RuleId rule) {
    return unsuppressible.contains(rule);
  }

  /** The rule with this id, if the policy knows it (enabled or not). */
  public Optional<Rule> rule(RuleId id) {
    return Optional.ofNullable(rules.get(id));
  }

  /**
   * Every finding of every enabled rule, including the suppressed ones and the unused
   * suppressions (DF900).
   */
  public List<Violation> evaluate(Dockerfile dockerfile) {
    Checks.requireNonNull(dockerfile, "dockerfile");
    return evaluate(RuleContext.of(dockerfile));
  }

  /**
   * As {@link #evaluate(Dockerfile)} for a parsed Dockerfile: rules over the written form (DF050 and
   * up) see the source facts too.
   */
  public List<Violation> evaluate(Dockerfile dockerfile, SourceFacts source) {
    Checks.requireNonNull(dockerfile, "dockerfile");
    Checks.requireNonNull(source, "source");
    return evaluate(RuleContext.of(dockerfile, source));
  }

  /**
   * As {@link #evaluate(Dockerfile, SourceFacts)}, with the {@code .dockerignore} of the build context,
   * so DF011 can report COPY sources it excludes.
   */
  public List<Violation> evaluate(Dockerfile dockerfile, SourceFacts source,
      io.github.dockerdsl.ignore.DockerIgnore dockerignore) {
    Checks.requireNonNull(dockerfile, "dockerfile");
    Checks.requireNonNull(source, "source");
    Checks.requireNonNull(dockerignore, "dockerignore");
    return evaluate(RuleContext.of(dockerfile, source, dockerignore));
  }

  private List<Violation> evaluate(RuleContext context) {
    Dockerfile dockerfile = context.dockerfile();
    Collector collector = new Collector(dockerfile);
    for (int r = 0; r < enabled.size(); r++) {
      Rule rule = enabled.get(r);
      collector.rule = rule;
      collector.severity = severity(rule);
      rule.check(context, collector);
    }
    if (!disabled.containsKey(Rules.UNUSED_SUPPRESSION.id())) {
      reportUnused(dockerfile, collector.used, collector.out);
    }
    return collector.out;
  }

  /**
   * Where the rules of one evaluation report, one rule after another: a single sink whose rule and
   * severity move on with the loop, not a capturing lambda made for each of the fifty-odd rules (and a
   * class, as no lambda runs on a lint's path: the first costs a one-file run the JDK's method-handle
   * set-up, docs/performance.md, sixth round).
   */
  private final class Collector implements ViolationSink {
    private final Dockerfile dockerfile;
    private final List<Violation> out = new ArrayList<>();
    private final Set<Suppression> used = Collections.newSetFromMap(new java.util.IdentityHashMap<>(4));
    /** Each instruction's location (its rendered text) once per evaluation, however many rules report it. */
    private final Map<Long, Location> located = new java.util.HashMap<>();
    private Rule rule;
    private Severity severity;

    Collector(Dockerfile dockerfile) {
      this.dockerfile = dockerfile;
    }

    @Override
    public void report(int stageIndex, int instructionIndex, String message, String fix) {
      long key = ((long) stageIndex << 32) | (instructionIndex & 0xffffffffL);
      Location found = located.get(key);
      if (found == null) {
        found = locate(dockerfile, stageIndex, instructionIndex);
        located.put(key, found);
      }
      Location location = rule.reportsSecrets() ? hideText(found) : found;
      Suppression suppression = findSuppression(dockerfile, rule.id(), stageIndex, instructionIndex);
      if (suppression != null) {
        used.add(suppression);
      }
      if (suppression != null && isUnsuppressible(rule.id())) {
        out.add(new Violation(rule.id(), severity, location,
            message + " (its suppression is refused: rule " + rule.id().code() + " is unsuppressible in policy '"
                + name + "')",
            fix, Optional.empty()));
      } else {
        out.add(new Violation(rule.id(), severity, location, message, fix, Optional.ofNullable(suppression)));
      }
    }
  }

  private void reportUnused(Dockerfile dockerfile, Set<Suppression> used, List<Violation> out) {
    Rule rule = Rules.UNUSED_SUPPRESSION;
    Severity severity = severity(rule);
    for (Suppression s : dockerfile.suppressions()) {
      if (!used.contains(s) && isActive(s.rule())) {
        out.add(unused(rule, severity, locate(dockerfile, -1, -1), s));
      }
    }
    List<Stage> stages = dockerfile.stages();
    for (int i = 0; i < stages.size(); i++) {
      for (Suppression s : stages.get(i).suppressions()) {
        if (!used.contains(s) && isActive(s.rule())) {
          int index = s.scope() instanceof Suppression.AtInstruction ? ((Suppression.AtInstruction) s.scope()).index() : -1;
          out.add(unused(rule, severity, locate(dockerfile, i, index), s));
        }
      }
    }
  }

  private boolean isActive(RuleId id) {
    return !disabled.containsKey(id) && (rules.containsKey(id) || Rules.byCode(id.code()).isEmpty());
  }

  private static Violation unused(Rule rule, Severity severity, Location location, Suppression s) {
    return new Violation(rule.id(), severity, location,
        "suppression of " + s.rule() + " (\"" + s.reason() + "\") matches no finding",
        "remove the suppression; the rule no longer fires here", Optional.empty());
  }

  /** The suppression that waives a finding of {@code rule} there, or null (no Optional: this runs per finding). */
  private static Suppression findSuppression(Dockerfile dockerfile, RuleId rule, int stageIndex,
      int instructionIndex) {
    if (stageIndex >= 0) {
      Stage stage = dockerfile.stages().get(stageIndex);
      for (Suppression s : stage.suppressions()) {
        if (s.rule().equals(rule) && s.scope() instanceof Suppression.AtInstruction
            && ((Suppression.AtInstruction) s.scope()).index() == instructionIndex) {
          return s;
        }
      }
      for (Suppression s : stage.suppressions()) {
        if (s.rule().equals(rule) && s.scope() instanceof Suppression.WholeStage) {
          return s;
        }
      }
    }
    for (Suppression s : dockerfile.suppressions()) {
      if (s.rule().equals(rule)) {
        return s;
      }
    }
    return null;
  }

  private static Location hideText(Location l) {
    return new Location(l.stageIndex(), l.stageName(), l.instructionIndex(), l.keyword(),
        l.keyword() + " ... (not shown: it may hold a secret)", l.origin());
  }

  private static Location locate(Dockerfile dockerfile, int stageIndex, int instructionIndex) {
    if (stageIndex < 0) {
      if (instructionIndex >= 0 && instructionIndex < dockerfile.preamble().size()) {
        Instruction i = dockerfile.preamble().get(instructionIndex);
        return new Location(-1, Optional.empty(), instructionIndex, i.keyword(), text(dockerfile, i), Origin.UNKNOWN);
      }
      return new Location(-1, Optional.empty(), -1, "(file)", "", Origin.UNKNOWN);
    }
    Stage stage = dockerfile.stages().get(stageIndex);
    if (instructionIndex < 0) {
      return new Location(stageIndex, stage.name(), -1, "FROM", DockerfileWriter.renderFromLine(stage),
          stage.fromOrigin());
    }
    Instruction i = stage.instructions().get(instructionIndex);
    return new Location(stageIndex, stage.name(), instructionIndex, i.keyword(), text(dockerfile, i),
        stage.origins().get(instructionIndex));
  }

  /**
   * The instruction as the file writes it, with the file's escape character: {@code toString()}'s
   * default {@code \} refuses what {@code # escape=`} allows (Windows paths such as {@code C:\app}), and
   * one such finding used to stop {@code dockerdsl lint} for every file.
   */
  private static String text(Dockerfile dockerfile, Instruction instruction) {
    return DockerfileWriter.render(instruction, dockerfile.directives().escapeCharacter());
  }

  @Override
  public String toString() {
    return "Policy[" + name + ", " + rules().size() + " rules]";
  }
}
