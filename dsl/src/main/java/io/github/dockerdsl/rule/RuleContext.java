package io.github.dockerdsl.rule;

import io.github.dockerdsl.Dockerfile;
import io.github.dockerdsl.Stage;
import io.github.dockerdsl.ignore.DockerIgnore;
import io.github.dockerdsl.instruction.Instruction;
import io.github.dockerdsl.instruction.OnBuild;
import io.github.dockerdsl.parse.SourceFacts;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** What a rule sees: the Dockerfile, with helpers to walk it, and for parsed files how it was written. */
public final class RuleContext {
  private final Dockerfile dockerfile;
  private final Optional<SourceFacts> source;
  private final Optional<DockerIgnore> dockerignore;
  private final Map<Class<?>, Object> derived = new HashMap<>();

  private RuleContext(Dockerfile dockerfile, Optional<SourceFacts> source, Optional<DockerIgnore> dockerignore) {
    this.dockerfile = dockerfile;
    this.source = source;
    this.dockerignore = dockerignore;
  }

  /** The context for one Dockerfile built in code: it has no source text. */
  public static RuleContext of(Dockerfile dockerfile) {
    return new RuleContext(Objects.requireNonNull(dockerfile, "dockerfile == null"), Optional.empty(),
        Optional.empty());
  }

  /** The context for a parsed Dockerfile, so rules over the written form (casing, legacy syntax) can run. */
  public static RuleContext of(Dockerfile dockerfile, SourceFacts source) {
    return new RuleContext(Objects.requireNonNull(dockerfile, "dockerfile == null"),
        Optional.of(Objects.requireNonNull(source, "source == null")), Optional.empty());
  }

  /**
   * The context for a parsed Dockerfile linted together with the {@code .dockerignore} of its build
   * context, so rules can see which COPY sources never reach the builder.
   */
  public static RuleContext of(Dockerfile dockerfile, SourceFacts source, DockerIgnore dockerignore) {
    return new RuleContext(Objects.requireNonNull(dockerfile, "dockerfile == null"),
        Optional.of(Objects.requireNonNull(source, "source == null")),
        Optional.of(Objects.requireNonNull(dockerignore, "dockerignore == null")));
  }

  /** The {@code .dockerignore} of the build context, when the linter found one beside the Dockerfile. */
  public Optional<DockerIgnore> dockerignore() {
    return dockerignore;
  }

  /**
   * How the Dockerfile was written (keyword casing, legacy forms, positions), index for index with the
   * model; empty for Dockerfiles built in code, where the writer's canonical form is all there is.
   */
  public Optional<SourceFacts> source() {
    return source;
  }

  /** The Dockerfile under check. */
  public Dockerfile dockerfile() {
    return dockerfile;
  }

  /**
   * A view of the Dockerfile that several rules need (such as the shell words of every RUN), computed
   * on first use and shared for the rest of this evaluation. The type is the key; contexts are used by
   * one evaluation at a time.
   */
  public <T> T derived(Class<T> type, Function<RuleContext, T> compute) {
    Object value = derived.get(type);
    if (value == null) {
      value = Objects.requireNonNull(compute.apply(this), "derived value == null");
      derived.put(type, value);
    }
    return type.cast(value);
  }

  /** The stages. */
  public List<Stage> stages() {
    return dockerfile.stages();
  }

  /** Calls {@code visitor} for every instruction of every stage; ONBUILD triggers are visited too. */
  public void forEachInstruction(InstructionVisitor visitor) {
    List<Stage> stages = dockerfile.stages();
    for (int s = 0; s < stages.size(); s++) {
      List<Instruction> instructions = stages.get(s).instructions();
      for (int i = 0; i < instructions.size(); i++) {
        Instruction instruction = instructions.get(i);
        visitor.visit(s, i, instruction);
        if (instruction instanceof OnBuild) {
          visitor.visit(s, i, ((OnBuild) instruction).trigger());
        }
      }
    }
  }

  /** Receives each instruction with its position. */
  @FunctionalInterface
  public interface InstructionVisitor {
    /** Visits one instruction. */
    void visit(int stageIndex, int instructionIndex, Instruction instruction);
  }
}
