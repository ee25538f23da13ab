package io.github.dockerdsl;

import io.github.dockerdsl.image.ImageRef;
import io.github.dockerdsl.image.SourceRef;
import io.github.dockerdsl.image.StageRef;
import io.github.dockerdsl.instruction.Arg;
import io.github.dockerdsl.instruction.Comment;
import io.github.dockerdsl.instruction.Copy;
import io.github.dockerdsl.instruction.Instruction;
import io.github.dockerdsl.instruction.Run;
import io.github.dockerdsl.internal.Checks;
import io.github.dockerdsl.internal.Features;
import io.github.dockerdsl.mount.BindMount;
import io.github.dockerdsl.mount.CacheMount;
import io.github.dockerdsl.mount.Mount;
import io.github.dockerdsl.render.DockerfileWriter;
import io.github.dockerdsl.render.GeneratedFiles;
import io.github.dockerdsl.render.WriteOptions;
import io.github.dockerdsl.rule.Policy;
import io.github.dockerdsl.rule.PolicyViolationException;
import io.github.dockerdsl.rule.Rule;
import io.github.dockerdsl.rule.Suppression;
import io.github.dockerdsl.rule.Violation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A whole Dockerfile: parser directives, global ARGs and ordered stages. Made only through
 * {@link #builder()}, whose {@code build()} checks every invariant; {@link #toString()} is the
 * canonical text, rendered once, when it is first asked for.
 */
public final class Dockerfile {
  private final Directives directives;
  private final List<Instruction> preamble;
  private final List<Stage> stages;
  private final Optional<SyntaxVersion> targetSyntax;
  private final List<Suppression> suppressions;
  /**
   * The canonical text, rendered on the first {@link #toString()}: parsing and linting never read it.
   * Racy single-check: a String is immutable and safely published, so two threads at worst render it twice.
   */
  private String text;
  private final Policy policy;
  private final List<Violation> findings;

  /** {@code renderNow}: render the text at once (as build() did before the check-only walk), for tests. */
  private Dockerfile(Builder builder, boolean renderNow) {
    this.directives = builder.directives;
    this.preamble = List.copyOf(builder.preamble);
    this.stages = List.copyOf(builder.stages);
    this.targetSyntax = builder.targetSyntax;
    this.suppressions = List.copyOf(builder.suppressions);
    if (renderNow) {
      this.text = DockerfileWriter.render(this);
    } else {
      // the writer's checks at build(), as a render would make them, without the text nobody has asked for yet
      DockerfileWriter.check(this);
    }
    this.policy = NoPolicy.NONE;
    this.findings = List.of();
  }

  /**
   * The one {@link Policy#none()} (a shared instance) that unchecked Dockerfiles hold: a policy is
   * immutable, and making one per build copied four empty maps. (A holder, so that loading Dockerfile does not load the rules.)
   */
  private static final class NoPolicy {
    static final Policy NONE = Policy.none();
  }

  private Dockerfile(Dockerfile unchecked, Policy policy, List<Violation> findings) {
    this.directives = unchecked.directives;
    this.preamble = unchecked.preamble;
    this.stages = unchecked.stages;
    this.targetSyntax = unchecked.targetSyntax;
    this.suppressions = unchecked.suppressions;
    this.text = unchecked.text;
    this.policy = policy;
    this.findings = List.copyOf(findings);
  }

  /** Whether a waiver of the file or of a stage or instruction is in this Dockerfile. */
  private boolean hasSuppressions() {
    if (!suppressions.isEmpty()) {
      return true;
    }
    for (int i = 0; i < stages.size(); i++) {
      if (!stages.get(i).suppressions().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** Starts an empty Dockerfile. */
  public static Builder builder() {
    return new Builder();
  }

  /** The parser directives. */
  public Directives directives() {
    return directives;
  }

  /** Global ARGs and comments before the first FROM, in order. */
  public List<Instruction> preamble() {
    return preamble;
  }

  /** The global ARGs, visible to FROM lines and, when re-declared, to stages. */
  public List<Arg> globalArgs() {
    // loops, not streams, in what a lint reaches: each lambda's first use costs a one-file run its bootstrap
    List<Arg> args = new ArrayList<>();
    for (Instruction i : preamble) {
      if (i instanceof Arg arg) {
        args.add(arg);
      }
    }
    return args;
  }

  /** The stages in order. */
  public List<Stage> stages() {
    return stages;
  }

  /** The last stage, which becomes the image unless a build names another target. */
  public Stage finalStage() {
    return stages.get(stages.size() - 1);
  }

  /** The stage with this name. */
  public Optional<Stage> stage(String name) {
    for (Stage s : stages) {
      if (s.name().isPresent() && s.name().get().equals(name)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** The file-wide waivers; stage and instruction waivers are on each {@link Stage}. */
  public List<Suppression> suppressions() {
    return suppressions;
  }

  /** The policy this Dockerfile was checked against when it was built. */
  public Policy policy() {
    return policy;
  }

  /** What the policy found that did not stop the build and is not waived: warnings and advice. */
  public List<Violation> findings() {
    return suppressed(false);
  }

  /** The findings waived by a suppression, each with its suppression, for audits and reports. */
  public List<Violation> suppressedFindings() {
    return suppressed(true);
  }

  private List<Violation> suppressed(boolean suppressed) {
    List<Violation> out = new ArrayList<>();
    for (Violation v : findings) {
      if (v.isSuppressed() == suppressed) {
        out.add(v);
      }
    }
    return out;
  }

  /** The frontend level this Dockerfile was built against, if one was set. */
  public Optional<SyntaxVersion> targetSyntax() {
    return targetSyntax;
  }

  /** The features with a minimum frontend version that this Dockerfile uses. */
  public Set<Feature> features() {
    return Features.of(this).keySet();
  }

  /** The oldest frontend that can build this Dockerfile. */
  public SyntaxVersion requiredSyntax() {
    return newest(features());
  }

  /**
   * Writes this Dockerfile to {@code path} with the library's generated-by header, the way
   * {@link GeneratedFiles#write} does: atomically, keeping the file's mode, leaving identical content
   * untouched, and never over a hand-written file.
   *
   * @throws GeneratedFiles.HandWrittenFileException if {@code path} exists without a generated-by header
   */
  public GeneratedFiles.Outcome writeTo(Path path) {
    return writeTo(path, WriteOptions.DEFAULTS);
  }

  /**
   * Writes this Dockerfile with {@code options}' header (kept when the Dockerfile already has a
   * generated-by header), overwriting a hand-written file only when {@code options.force()}.
   */
  public GeneratedFiles.Outcome writeTo(Path path, WriteOptions options) {
    Checks.requireNonNull(path, "path");
    Checks.requireNonNull(options, "options");
    return GeneratedFiles.write(path, GeneratedFiles.withHeader(this, options.header()).toString(), options);
  }

  /** A builder holding this Dockerfile's content, for variants. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.directives = directives;
    b.preamble.addAll(preamble);
    b.stages.addAll(stages);
    b.targetSyntax = targetSyntax;
    b.suppressions.addAll(suppressions);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Dockerfile)) {
      return false;
    }
    Dockerfile other = (Dockerfile) o;
    return directives.equals(other.directives) && preamble.equals(other.preamble) && stages.equals(other.stages)
        && suppressions.equals(other.suppressions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(directives, preamble, stages, suppressions);
  }

  /** The canonical Dockerfile text. */
  @Override
  public String toString() {
    String t = text;
    if (t == null) {
      t = DockerfileWriter.render(this);
      text = t;
    }
    return t;
  }

  /** Collects directives, global ARGs and stages; {@link #build()} checks them all. */
  public static final class Builder {
    private Directives directives = Directives.NONE;
    private final List<Instruction> preamble = new ArrayList<>();
    private final List<Stage> stages = new ArrayList<>();
    private Optional<SyntaxVersion> targetSyntax = Optional.empty();
    private boolean declareSyntax;
    private final List<Suppression> suppressions = new ArrayList<>();

    private Builder() {}

    /** Waives {@code rule} for the whole file, with a reason written into the Dockerfile. */
    public Builder suppress(Rule rule, String reason) {
      Checks.requireNonNull(rule, "rule");
      return suppression(new Suppression(rule.id(), reason, Suppression.Scope.WHOLE_FILE));
    }

    /** Adds a file-wide waiver as it is, for parsers and transforms. */
    public Builder suppression(Suppression suppression) {
      Checks.requireNonNull(suppression, "suppression");
      Checks.checkArgument(suppression.scope() instanceof Suppression.WholeFile,
          "suppression of %s is not file-wide; add it to its stage with Stage.Builder.suppress(...)", suppression.rule());
      suppressions.add(suppression);
      return this;
    }

    /** Sets all parser directives at once. */
    public Builder directives(Directives value) {
      this.directives = Checks.requireNonNull(value, "value");
      return this;
    }

    /** {@code # syntax=<frontend>}, e.g. {@code docker/dockerfile:1.7}. */
    public Builder syntax(String frontend) {
      directives = new Directives(Optional.of(frontend), directives.escape(), directives.check());
      return this;
    }

    /** {@code # syntax=docker/dockerfile:<version>}. */
    public Builder syntax(SyntaxVersion version) {
      return syntax(version.frontendImage());
    }

    /**
     * Writes {@code # syntax=docker/dockerfile:1.N} with the oldest version that supports every
     * feature used, and none when no feature needs one.
     */
    public Builder declareRequiredSyntax() {
      this.declareSyntax = true;
      return this;
    }

    /** {@code # escape=`} for Windows paths, or the default backslash. */
    public Builder escape(char character) {
      directives = new Directives(directives.syntax(), Optional.of(character), directives.check());
      return this;
    }

    /** {@code # check=...}. */
    public Builder check(CheckDirective value) {
      directives = new Directives(directives.syntax(), directives.escape(), Optional.of(value));
      return this;
    }

    /**
     * Refuses, at {@link #build()}, every feature newer than {@code version}: the Dockerfile must
     * build on that frontend ({@link SyntaxVersion#CLASSIC} for the legacy builder).
     */
    public Builder targetSyntax(SyntaxVersion version) {
      this.targetSyntax = Optional.of(Checks.requireNonNull(version, "version"));
      return this;
    }

    /** A global {@code ARG name} before the first FROM. */
    public Builder globalArg(String name) {
      return globalArg(Arg.of(name));
    }

    /** A global {@code ARG name=default} before the first FROM. */
    public Builder globalArg(String name, String defaultValue) {
      return globalArg(Arg.of(name, defaultValue));
    }

    /** A global ARG before the first FROM. */
    public Builder globalArg(Arg arg) {
      preamble.add(Checks.requireNonNull(arg, "arg"));
      return this;
    }

    /**
     * A comment before the first FROM, such as a file header; right after another comment it joins
     * that comment, as the two are one block of {@code #} lines for every reader.
     */
    public Builder comment(String text) {
      addToPreamble(Comment.of(text));
      return this;
    }

    private void addToPreamble(Instruction instruction) {
      int last = preamble.size() - 1;
      if (instruction instanceof Comment next && last >= 0 && preamble.get(last) instanceof Comment previous) {
        preamble.set(last, previous.followedBy(next));
      } else {
        preamble.add(instruction);
      }
    }

    /** Appends a finished stage. */
    public Builder stage(Stage stage) {
      stages.add(Checks.requireNonNull(stage, "stage"));
      return this;
    }

    /** Appends a stage whose instructions a handler writes. */
    public Builder stage(Stage.Builder header, Consumer<StageBody> body) {
      Checks.requireNonNull(header, "header");
      Checks.requireNonNull(body, "body").accept(header);
      return stage(header.build());
    }

    /**
     * Replaces the global ARGs and comments before the first FROM, for transforms and tools; adjacent
     * comments merge into one.
     */
    public Builder replacePreamble(List<Instruction> replacement) {
      preamble.clear();
      for (Instruction i : replacement) {
        addToPreamble(Checks.requireNonNull(i, "instruction"));
      }
      return this;
    }

    /** Replaces the stages, for transforms. */
    public Builder replaceStages(List<Stage> replacement) {
      stages.clear();
      for (Stage s : replacement) {
        stage(s);
      }
      return this;
    }

    /**
     * Checks every invariant and the {@linkplain Policy#strict() strict policy}, and that the writer can write
     * the text (rendered on the first {@link Dockerfile#toString()}).
     *
     * @throws PolicyViolationException listing every unsuppressed error finding
     * @throws IllegalStateException if there is no stage, two stages share a name, a stage refers
     *     to a stage that does not come before it, or a feature is newer than the syntax in use
     * @throws IllegalArgumentException if a value cannot be written with the escape character in force
     */
    public Dockerfile build() {
      return build(Policy.strict());
    }

    /**
     * Checks every invariant and {@code policy}; {@link Policy#none()} checks invariants only.
     *
     * @throws PolicyViolationException listing every unsuppressed error finding
     */
    public Dockerfile build(Policy policy) {
      Checks.requireNonNull(policy, "policy");
      Dockerfile unchecked = buildUnchecked();
      // Policy.none() runs no rule, so without a suppression (whose DF900 it could report) it finds nothing
      List<Violation> all = policy == NoPolicy.NONE && !unchecked.hasSuppressions() ? List.of()
          : policy.evaluate(unchecked);
      List<Violation> blocking = new ArrayList<>();
      for (Violation v : all) {
        if (v.isBlocking()) {
          blocking.add(v);
        }
      }
      if (!blocking.isEmpty()) {
        throw new PolicyViolationException(policy, blocking);
      }
      return new Dockerfile(unchecked, policy, all);
    }

    /**
     * {@link #build(Policy) build(Policy.none())} with the text rendered at build(), as before the
     * check-only walk: tests compare the two, refusal by refusal.
     */
    Dockerfile buildRendered() {
      return buildUnchecked(true);
    }

    private Dockerfile buildUnchecked() {
      return buildUnchecked(false);
    }

    private Dockerfile buildUnchecked(boolean renderNow) {
      Checks.checkState(!stages.isEmpty(), "Dockerfile has no stages; add one with builder.stage(Stage.from(...))");
      for (Instruction i : preamble) {
        Checks.checkState(i instanceof Arg || i instanceof Comment,
            "only ARG and comments may come before the first FROM, not %s", i.keyword());
      }
      checkStageGraph();
      Map<Feature, String> features = Features.of(directives, preamble, stages);
      if (targetSyntax.isPresent()) {
        checkSupported(features, targetSyntax.get(), "target syntax " + targetSyntax.get());
      }
      if (declareSyntax) {
        SyntaxVersion required = newest(features.keySet());
        if (required.isAtLeast(SyntaxVersion.of(1, 1))) {
          syntax(required);
        }
      }
      Optional<SyntaxVersion> declared = directives.syntax().isPresent()
          ? SyntaxVersion.ofFrontend(directives.syntax().get()) : Optional.empty();
      if (declared.isPresent()) {
        checkSupported(features, declared.get(), "# syntax=" + directives.syntax().get());
      }
      return new Dockerfile(this, renderNow);
    }

    private static void checkSupported(Map<Feature, String> features, SyntaxVersion version, String what) {
      List<String> unsupported = new ArrayList<>();
      for (Map.Entry<Feature, String> e : features.entrySet()) {
        if (!version.isAtLeast(e.getKey().minimum())) {
          unsupported.add(e.getKey().description() + " (needs " + e.getKey().minimum() + ", first used in "
              + e.getValue() + ")");
        }
      }
      Checks.checkState(unsupported.isEmpty(),
          "Dockerfile uses features that %s does not support: %s; remove them or target a newer frontend",
          what, String.join(", ", unsupported));
    }

    private void checkStageGraph() {
      Map<String, Integer> index = new HashMap<>();
      for (int i = 0; i < stages.size(); i++) {
        Optional<String> name = stages.get(i).name();
        if (name.isPresent()) {
          Integer previous = index.putIfAbsent(name.get(), i);
          Checks.checkState(previous == null,
              "stages %d and %d are both named '%s'; give each stage its own name", previous == null ? 0 : previous + 1,
              i + 1, name.orElse(""));
        }
      }
      for (int i = 0; i < stages.size(); i++) {
        Stage stage = stages.get(i);
        int current = i;
        // BuildKit reads FROM <name> as a stage of that name before an image, and FROM scratch as the empty image
        if (stage.base() instanceof ImageRef image && image.isBareName()) {
          Checks.checkArgument(!index.containsKey(image.repository()),
              "%s starts FROM image '%s', which BuildKit reads as the stage named '%s'; give the image a tag or "
                  + "registry ('%s:<version>', 'docker.io/library/%s'), or start FROM the stage object "
                  + "(Stage.from(stage))", stage.describe(), image, image, image, image);
          Checks.checkArgument(!image.repository().equals("scratch"),
              "%s starts FROM image 'scratch', which BuildKit reads as the empty image; use Stage.from(\"scratch\") "
                  + "or Scratch.SCRATCH", stage.describe());
        }
        if (stage.base() instanceof StageRef) {
          checkReference(stage, current, (StageRef) stage.base(), "starts FROM", index);
        }
        // Features.sourceRefs' references, in its order, without a list per instruction
        List<Instruction> instructions = stage.instructions();
        for (int k = 0; k < instructions.size(); k++) {
          Instruction instruction = instructions.get(k);
          if (instruction instanceof Copy copy) {
            if (copy.from().isPresent() && copy.from().get() instanceof StageRef ref) {
              checkReference(stage, current, ref, "copies from", index);
            }
          } else if (instruction instanceof Run run) {
            List<Mount> mounts = run.mounts();
            for (int m = 0; m < mounts.size(); m++) {
              Optional<SourceRef> from = mounts.get(m) instanceof BindMount bind ? bind.from()
                  : mounts.get(m) instanceof CacheMount cache ? cache.from() : Optional.empty();
              if (from.isPresent() && from.get() instanceof StageRef ref) {
                checkReference(stage, current, ref, "mounts from", index);
              }
            }
          }
        }
      }
    }

    private void checkReference(Stage stage, int current, StageRef ref, String verb, Map<String, Integer> index) {
      Integer target = index.get(ref.name());
      if (target == null) {
        throw new IllegalStateException(String.format(
            "%s %s stage '%s', which is not in this Dockerfile; add it with builder.stage(...) before %s",
            stage.describe(), verb, ref.name(), stage.describe()));
      }
      if (target >= current) {
        throw new IllegalStateException(String.format(
            "%s %s stage '%s', which %s; add stage '%s' before %s", stage.describe(), verb, ref.name(),
            target == current ? "is the stage itself" : "comes after it", ref.name(), stage.describe()));
      }
    }
  }

  /** The newest minimum among {@code features}, or {@link SyntaxVersion#CLASSIC} for none. */
  private static SyntaxVersion newest(Set<Feature> features) {
    SyntaxVersion newest = SyntaxVersion.CLASSIC;
    for (Feature f : features) {
      if (f.minimum().compareTo(newest) > 0) {
        newest = f.minimum();
      }
    }
    return newest;
  }
}
