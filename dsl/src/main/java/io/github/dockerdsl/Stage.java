package io.github.dockerdsl;

import io.github.dockerdsl.image.BaseImage;
import io.github.dockerdsl.image.ImageRef;
import io.github.dockerdsl.image.Platform;
import io.github.dockerdsl.image.Scratch;
import io.github.dockerdsl.image.StageRef;
import io.github.dockerdsl.instruction.Add;
import io.github.dockerdsl.instruction.Command;
import io.github.dockerdsl.instruction.Comment;
import io.github.dockerdsl.instruction.Copy;
import io.github.dockerdsl.instruction.Healthcheck;
import io.github.dockerdsl.instruction.Instruction;
import io.github.dockerdsl.instruction.Port;
import io.github.dockerdsl.instruction.Run;
import io.github.dockerdsl.instruction.Signal;
import io.github.dockerdsl.instruction.UserSpec;
import io.github.dockerdsl.internal.Checks;
import io.github.dockerdsl.render.DockerfileWriter;
import io.github.dockerdsl.rule.Rule;
import io.github.dockerdsl.rule.Suppression;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One build stage: FROM and the instructions after it. FROM is the required argument of
 * {@link #from}, so no instruction can come before it.
 *
 * <p>Equality compares name, base, platform and instructions; where instructions were created
 * ({@link #origins()}) is not part of it.
 */
public final class Stage {
  private final Optional<String> name;
  private final BaseImage base;
  private final Optional<Platform> platform;
  private final List<Instruction> instructions;
  private final List<Origin> origins;
  private final Origin fromOrigin;
  private final List<Suppression> suppressions;

  private Stage(Builder builder) {
    this.name = builder.name;
    this.base = builder.base;
    this.platform = builder.platform;
    this.instructions = List.copyOf(builder.instructions);
    this.origins = List.copyOf(builder.origins);
    this.fromOrigin = builder.fromOrigin;
    this.suppressions = List.copyOf(builder.suppressions);
  }

  /**
   * Starts a stage FROM an image, parsed and validated now; {@code "scratch"} is the empty image.
   *
   * @throws IllegalArgumentException if the reference is not valid
   */
  public static Builder from(String image) {
    Checks.requireNonNull(image, "image");
    return from(image.equals("scratch") ? Scratch.SCRATCH : ImageRef.parse(image));
  }

  /** Starts a stage FROM an image, an earlier stage's reference, or scratch. */
  public static Builder from(BaseImage base) {
    return new Builder(Checks.requireNonNull(base, "base"), Origin.capture());
  }

  /** Starts a stage FROM an image, stage or scratch with an explicit origin, for parsers and transforms. */
  public static Builder from(BaseImage base, Origin origin) {
    return new Builder(Checks.requireNonNull(base, "base"), Checks.requireNonNull(origin, "origin"));
  }

  /** Starts a stage FROM an earlier stage, which must be named. */
  public static Builder from(Stage earlier) {
    return from(Checks.requireNonNull(earlier, "earlier").ref());
  }

  /** The stage name given with {@link Builder#as}, if any. */
  public Optional<String> name() {
    return name;
  }

  /** What the stage starts from. */
  public BaseImage base() {
    return base;
  }

  /** The {@code --platform} of FROM, if any. */
  public Optional<Platform> platform() {
    return platform;
  }

  /** The instructions after FROM, in order. */
  public List<Instruction> instructions() {
    return instructions;
  }

  /** Where each instruction was created, index for index with {@link #instructions()}. */
  public List<Origin> origins() {
    return origins;
  }

  /** The waivers held by this stage: for FROM, for single instructions, or for the whole stage. */
  public List<Suppression> suppressions() {
    return suppressions;
  }

  /** Where FROM was created. */
  public Origin fromOrigin() {
    return fromOrigin;
  }

  /**
   * A reference to this stage for {@code COPY --from}, {@code --mount from=} and {@code FROM}.
   *
   * @throws IllegalStateException if the stage has no name
   */
  public StageRef ref() {
    Checks.checkState(name.isPresent(),
        "stage FROM %s has no name, so it cannot be referenced; name it with Stage.from(...).as(\"build\")", base);
    return new StageRef(name.get());
  }

  /** A short description for messages: {@code stage 'build'} or {@code stage FROM node:20}. */
  public String describe() {
    return name.isPresent() ? "stage '" + name.get() + "'" : "stage FROM " + base;
  }

  /** A copy starting from another base, for transforms such as registry rewrites and digest pinning. */
  public Stage withBase(BaseImage newBase) {
    Builder b = new Builder(Checks.requireNonNull(newBase, "newBase"), fromOrigin);
    b.name = name;
    b.platform = platform;
    b.instructions.addAll(instructions);
    b.origins.addAll(origins);
    b.suppressions.addAll(suppressions);
    return b.build();
  }

  /**
   * A copy where every image the stage reads is mapped: its FROM image, {@code COPY --from=<image>} and
   * {@code RUN --mount=from=<image>}; for registry rewrites and digest pinning that must miss none.
   */
  public Stage mapImages(java.util.function.UnaryOperator<ImageRef> mapping) {
    Checks.requireNonNull(mapping, "mapping");
    Builder b = new Builder(base instanceof ImageRef image ? mapping.apply(image) : base, fromOrigin);
    b.name = name;
    b.platform = platform;
    for (Instruction i : instructions) {
      b.instructions.add(ImageMapping.map(i, mapping));
    }
    b.origins.addAll(origins);
    b.suppressions.addAll(suppressions);
    return b.build();
  }

  /** A builder holding this stage's content, for variants. */
  public Builder toBuilder() {
    Builder b = new Builder(base, fromOrigin);
    b.name = name;
    b.platform = platform;
    b.instructions.addAll(instructions);
    b.origins.addAll(origins);
    b.suppressions.addAll(suppressions);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Stage)) {
      return false;
    }
    Stage other = (Stage) o;
    return name.equals(other.name) && base.equals(other.base) && platform.equals(other.platform)
        && instructions.equals(other.instructions) && suppressions.equals(other.suppressions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, base, platform, instructions, suppressions);
  }

  @Override
  public String toString() {
    return DockerfileWriter.render(this);
  }

  /** Collects a stage's name, platform and instructions; every verb records the Java line that called it. */
  public static final class Builder implements StageBody {
    private final BaseImage base;
    private final Origin fromOrigin;
    private Optional<String> name = Optional.empty();
    private Optional<Platform> platform = Optional.empty();
    private final List<Instruction> instructions = new ArrayList<>();
    private final List<Origin> origins = new ArrayList<>();
    private final List<Suppression> suppressions = new ArrayList<>();

    private Builder(BaseImage base, Origin fromOrigin) {
      this.base = base;
      this.fromOrigin = fromOrigin;
    }

    /**
     * Names the stage ({@code FROM ... AS name}) so later stages can reference it.
     *
     * @throws IllegalArgumentException if the name is not lower-case, valid and unreserved
     */
    public Builder as(String stageName) {
      this.name = Optional.of(new StageRef(stageName).name());
      return this;
    }

    /** Sets {@code FROM --platform}. */
    public Builder platform(Platform value) {
      this.platform = Optional.of(Checks.requireNonNull(value, "value"));
      return this;
    }

    /** Appends an instruction with an explicit origin, for parsers and transforms. */
    public Builder instruction(Instruction instruction, Origin origin) {
      Checks.requireNonNull(instruction, "instruction");
      Checks.requireNonNull(origin, "origin");
      int last = instructions.size() - 1;
      // adjacent comments are one block for every reader, so the model holds them as one (see Comment)
      if (instruction instanceof Comment next && last >= 0 && instructions.get(last) instanceof Comment previous) {
        instructions.set(last, previous.followedBy(next));
        return this;
      }
      instructions.add(instruction);
      origins.add(origin);
      return this;
    }

    @Override
    public Builder instruction(Instruction instruction) {
      return instruction(instruction, Origin.capture());
    }

    @Override
    public BaseImage base() {
      return base;
    }

    @Override
    public Builder suppress(Rule rule, String reason) {
      Checks.requireNonNull(rule, "rule");
      return suppression(new Suppression(rule.id(), reason, Suppression.Scope.at(instructions.size() - 1)));
    }

    /** Waives {@code rule} for every instruction of this stage. */
    public Builder suppressStage(Rule rule, String reason) {
      Checks.requireNonNull(rule, "rule");
      return suppression(new Suppression(rule.id(), reason, Suppression.Scope.WHOLE_STAGE));
    }

    /** Adds a waiver as it is, for parsers and transforms; file-wide waivers belong to the Dockerfile. */
    public Builder suppression(Suppression suppression) {
      Checks.requireNonNull(suppression, "suppression");
      Checks.checkArgument(!(suppression.scope() instanceof Suppression.WholeFile),
          "suppression of %s covers the whole file; add it with Dockerfile.builder().suppress(...)", suppression.rule());
      if (suppression.scope() instanceof Suppression.AtInstruction) {
        int index = ((Suppression.AtInstruction) suppression.scope()).index();
        Checks.checkArgument(index < instructions.size(),
            "suppression of %s points at instruction %d, but the stage has %d; add the instruction first",
            suppression.rule(), index, instructions.size());
      }
      suppressions.add(suppression);
      return this;
    }

    /**
     * Replaces all instructions, one origin each, for transforms; adjacent comments merge into one,
     * and waivers that point past the new end are dropped.
     */
    public Builder replaceInstructions(List<Instruction> replacement, List<Origin> replacementOrigins) {
      Checks.checkArgument(replacement.size() == replacementOrigins.size(),
          "replacement has %d instructions but %d origins; give one origin per instruction",
          replacement.size(), replacementOrigins.size());
      instructions.clear();
      origins.clear();
      for (int i = 0; i < replacement.size(); i++) {
        instruction(replacement.get(i), replacementOrigins.get(i));
      }
      suppressions.removeIf(x -> x.scope() instanceof Suppression.AtInstruction at
          && at.index() >= instructions.size());
      return this;
    }

    /** The stage as it is now, which this builder can go on extending. */
    public Stage build() {
      return new Stage(this);
    }

    @Override
    public Builder instructions(List<? extends Instruction> instructions) {
      StageBody.super.instructions(instructions);
      return this;
    }

    @Override
    public Builder run(String line) {
      StageBody.super.run(line);
      return this;
    }

    @Override
    public Builder run(Command command) {
      StageBody.super.run(command);
      return this;
    }

    @Override
    public Builder run(Run run) {
      StageBody.super.run(run);
      return this;
    }

    @Override
    public Builder copy(String source, String destination) {
      StageBody.super.copy(source, destination);
      return this;
    }

    @Override
    public Builder copy(Copy copy) {
      StageBody.super.copy(copy);
      return this;
    }

    @Override
    public Builder copyFrom(Stage stage, String source, String destination) {
      StageBody.super.copyFrom(stage, source, destination);
      return this;
    }

    @Override
    public Builder add(Add add) {
      StageBody.super.add(add);
      return this;
    }

    @Override
    public Builder env(String key, String value) {
      StageBody.super.env(key, value);
      return this;
    }

    @Override
    public Builder arg(String name) {
      StageBody.super.arg(name);
      return this;
    }

    @Override
    public Builder arg(String name, String defaultValue) {
      StageBody.super.arg(name, defaultValue);
      return this;
    }

    @Override
    public Builder label(String key, String value) {
      StageBody.super.label(key, value);
      return this;
    }

    @Override
    public Builder workdir(String path) {
      StageBody.super.workdir(path);
      return this;
    }

    @Override
    public Builder user(String user) {
      StageBody.super.user(user);
      return this;
    }

    @Override
    public Builder user(UserSpec user) {
      StageBody.super.user(user);
      return this;
    }

    @Override
    public Builder expose(int port) {
      StageBody.super.expose(port);
      return this;
    }

    @Override
    public Builder expose(Port... ports) {
      StageBody.super.expose(ports);
      return this;
    }

    @Override
    public Builder volume(String... paths) {
      StageBody.super.volume(paths);
      return this;
    }

    @Override
    public Builder cmd(String... argv) {
      StageBody.super.cmd(argv);
      return this;
    }

    @Override
    public Builder entrypoint(String... argv) {
      StageBody.super.entrypoint(argv);
      return this;
    }

    @Override
    public Builder cmd(Command.ExecForm command) {
      StageBody.super.cmd(command);
      return this;
    }

    @Override
    public Builder entrypoint(Command.ExecForm command) {
      StageBody.super.entrypoint(command);
      return this;
    }

    @Override
    public Builder healthcheck(Healthcheck healthcheck) {
      StageBody.super.healthcheck(healthcheck);
      return this;
    }

    @Override
    public Builder shell(String... argv) {
      StageBody.super.shell(argv);
      return this;
    }

    @Override
    public Builder stopSignal(Signal signal) {
      StageBody.super.stopSignal(signal);
      return this;
    }

    @Override
    public Builder onBuild(Instruction trigger) {
      StageBody.super.onBuild(trigger);
      return this;
    }

    @Override
    public Builder comment(String text) {
      StageBody.super.comment(text);
      return this;
    }

    @Override
    public Builder raw(String text) {
      StageBody.super.raw(text);
      return this;
    }
  }
}
