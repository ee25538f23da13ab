package io.github.dockerdsl.lint;

import io.github.dockerdsl.Origin;
import io.github.dockerdsl.ignore.DockerIgnore;
import io.github.dockerdsl.parse.DockerfileParser;
import io.github.dockerdsl.parse.DockerfileSyntaxException;
import io.github.dockerdsl.parse.InstructionSource;
import io.github.dockerdsl.parse.ParsedDockerfile;
import io.github.dockerdsl.parse.SourceFacts;
import io.github.dockerdsl.parse.SuppressionComment;
import io.github.dockerdsl.rule.Location;
import io.github.dockerdsl.rule.Policy;
import io.github.dockerdsl.rule.Rule;
import io.github.dockerdsl.rule.RuleId;
import io.github.dockerdsl.rule.Rules;
import io.github.dockerdsl.rule.Severity;
import io.github.dockerdsl.rule.Violation;
import io.github.dockerdsl.rule.catalog.WellFormedWaivers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs a policy's rules over a parsed Dockerfile and reports findings by line and column, honouring
 * our own waivers and, so teams moving from those tools keep theirs, hadolint's
 * {@code # hadolint ignore=DLxxxx} and BuildKit's {@code # check=skip=...} mapped through each rule's
 * {@code SeeAlso}. See docs/linter.md.
 */
public final class Linter {
  /**
   * By line, column, then rule code. A class, not {@code Comparator.comparingInt(...).thenComparing(...)}:
   * those combinators' lambdas live in the JDK, outside the start-up archive, so a short process spun
   * their classes at run time (docs/performance.md, fifth round).
   */
  private static final Comparator<Finding> ORDER = new Comparator<>() {
    @Override
    public int compare(Finding a, Finding b) {
      int c = Integer.compare(a.line(), b.line());
      if (c == 0) {
        c = Integer.compare(a.column(), b.column());
      }
      return c != 0 ? c : a.rule().code().compareTo(b.rule().code());
    }
  };

  private Linter() {}

  /**
   * Lints Dockerfile text with {@code Policy.strict()}.
   *
   * @throws DockerfileSyntaxException if the text is not a valid Dockerfile
   */
  public static LintResult lint(String text) {
    return lint(DockerfileParser.parse(text), Policy.strict());
  }

  /**
   * Lints a file with {@code Policy.strict()}; reports show the path as given.
   *
   * @throws DockerfileSyntaxException if the file is not a valid Dockerfile
   * @throws java.io.UncheckedIOException if it cannot be read
   */
  public static LintResult lint(Path path) {
    ParsedDockerfile parsed = DockerfileParser.parse(path);
    Optional<DockerIgnore> dockerignore = dockerignoreBeside(path);
    return (dockerignore.isPresent() ? lint(parsed, Policy.strict(), dockerignore.get())
        : lint(parsed, Policy.strict())).withPath(path.toString());
  }

  /**
   * The {@code .dockerignore} that applies when the directory of {@code dockerfile} is the build
   * context: {@code <name>.dockerignore} beside it (BuildKit prefers that one), else {@code .dockerignore}.
   *
   * @throws java.io.UncheckedIOException if the file exists but cannot be read
   * @throws IllegalArgumentException if a pattern in it does not compile, naming the file and line
   */
  public static Optional<DockerIgnore> dockerignoreBeside(Path dockerfile) {
    Objects.requireNonNull(dockerfile, "dockerfile == null");
    Path dir = dockerfile.toAbsolutePath().getParent();
    for (Path candidate : List.of(dir.resolve(dockerfile.getFileName() + ".dockerignore"), dir.resolve(".dockerignore"))) {
      if (Files.isRegularFile(candidate)) {
        try {
          return Optional.of(DockerIgnore.parse(Files.readString(candidate, StandardCharsets.UTF_8)));
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read " + candidate, e);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(candidate + ": " + e.getMessage(), e);
        }
      }
    }
    return Optional.empty();
  }

  /** Lints a parsed Dockerfile with a policy and the {@code .dockerignore} of its build context. */
  public static LintResult lint(ParsedDockerfile parsed, Policy policy, DockerIgnore dockerignore) {
    Objects.requireNonNull(dockerignore, "dockerignore == null");
    return lint(parsed, policy, Optional.of(dockerignore));
  }

  /** Lints a parsed Dockerfile with a policy; the result's path is {@code Dockerfile}. */
  public static LintResult lint(ParsedDockerfile parsed, Policy policy) {
    return lint(parsed, policy, Optional.empty());
  }

  private static LintResult lint(ParsedDockerfile parsed, Policy policy, Optional<DockerIgnore> dockerignore) {
    Objects.requireNonNull(parsed, "parsed == null");
    Objects.requireNonNull(policy, "policy == null");
    SourceFacts facts = parsed.facts();
    List<Finding> out = new ArrayList<>();
    List<Violation> violations = dockerignore.isPresent()
        ? policy.evaluate(parsed.dockerfile(), facts, dockerignore.get()) : policy.evaluate(parsed.dockerfile(), facts);
    for (Violation v : violations) {
      Optional<Waiver> waiver = v.suppressedBy().isPresent() ? Optional.of(Waiver.of(v.suppressedBy().get()))
          : Optional.empty();
      String message = v.message();
      if (waiver.isEmpty() && !parsed.suppressions().isEmpty()) {
        Optional<Rule> rule = policy.rule(v.rule());
        SuppressionComment foreign = rule.isPresent()
            ? foreignWaiver(parsed.suppressions(), rule.get(), v.location()) : null;
        if (foreign != null && policy.isUnsuppressible(v.rule())) {
          message += " (its suppression is refused: rule " + v.rule().code() + " is unsuppressible in policy '"
              + policy.name() + "')";
        } else if (foreign != null) {
          waiver = Optional.of(Waiver.of(foreign));
        }
      }
      Location l = v.location();
      int[] at = position(facts, l);
      out.add(new Finding(v.rule(), v.severity(), at[0], at[1], at[2], l.stageIndex(), l.instructionIndex(),
          l.keyword(), message, v.fix(), waiver));
    }
    waiverFindings(parsed, policy, out);
    out.sort(ORDER);
    return new LintResult("Dockerfile", out);
  }

  /** A hadolint or BuildKit waiver that covers a finding of {@code rule} at {@code location}, or null. */
  private static SuppressionComment foreignWaiver(List<SuppressionComment> comments, Rule rule,
      Location location) {
    for (SuppressionComment c : comments) {
      if (c.syntax() == SuppressionComment.Syntax.HADOLINT && rule.seeAlso().hadolint().contains(c.ruleId())
          && covers(c, location)) {
        return c;
      }
      if (c.syntax() == SuppressionComment.Syntax.BUILDKIT_CHECK && (rule.seeAlso().buildkit().contains(c.ruleId())
          || c.ruleId().equalsIgnoreCase("all") && !rule.seeAlso().buildkit().isEmpty())
          && covers(c, location)) {
        return c;
      }
    }
    return null;
  }

  private static boolean covers(SuppressionComment c, Location location) {
    if (c.fileWide()) {
      return true;
    }
    Optional<InstructionSource> target = c.target();
    return target.isPresent() && target.get().stage() == location.stageIndex()
        && target.get().index() == location.instructionIndex();
  }

  /** Line, column and end line of a finding's instruction; line 1 for findings about the whole file. */
  private static int[] position(SourceFacts facts, Location l) {
    if (l.stageIndex() < 0 && l.instructionIndex() < 0) {
      return new int[] {1, 1, 1};
    }
    try {
      InstructionSource s = facts.at(l.stageIndex(), l.instructionIndex());
      return new int[] {s.line(), s.column(), Math.max(s.line(), s.endLine())};
    } catch (IndexOutOfBoundsException e) {
      if (l.origin() instanceof Origin.FileLine) {
        Origin.FileLine f = (Origin.FileLine) l.origin();
        return new int[] {f.line(), f.column(), f.line()};
      }
      return new int[] {1, 1, 1};
    }
  }

  /** DF056: waiver comments that cannot apply. */
  private static void waiverFindings(ParsedDockerfile parsed, Policy policy, List<Finding> out) {
    Rule rule = Rules.WELL_FORMED_WAIVERS;
    if (!policy.runs(rule.id())) {
      return;
    }
    Severity severity = policy.severity(rule);
    for (SuppressionComment c : parsed.suppressions()) {
      String message;
      String fix = WellFormedWaivers.UNKNOWN_FIX;
      if (c.syntax() == SuppressionComment.Syntax.DOCKERDSL) {
        if (c.reason().isPresent() && !RuleId.isCode(c.ruleId())) {
          message = WellFormedWaivers.badCodeMessage(c.ruleId());
        } else {
          message = WellFormedWaivers.noReasonMessage(c.ruleId());
          fix = WellFormedWaivers.noReasonFix(c.ruleId());
        }
      } else if (c.syntax() == SuppressionComment.Syntax.HADOLINT && !WellFormedWaivers.isHadolintId(c.ruleId())) {
        message = WellFormedWaivers.unknownHadolintMessage(c.ruleId());
      } else if (c.syntax() == SuppressionComment.Syntax.BUILDKIT_CHECK && !c.ruleId().equalsIgnoreCase("all")
          && !WellFormedWaivers.BUILDKIT_CHECKS.contains(c.ruleId())) {
        message = WellFormedWaivers.unknownBuildkitMessage(c.ruleId());
      } else {
        continue;
      }
      Optional<InstructionSource> target = c.target();
      int stage = target.isPresent() ? target.get().stage() : -1;
      int index = target.isPresent() ? target.get().index() : -1;
      out.add(new Finding(rule.id(), severity, Math.max(1, c.line()), 1, Math.max(1, c.line()), stage, index, "#",
          message, fix, Optional.empty()));
    }
  }
}
