package io.github.dockerdsl.internal;

import io.github.dockerdsl.Directives;
import io.github.dockerdsl.Dockerfile;
import io.github.dockerdsl.Feature;
import io.github.dockerdsl.Stage;
import io.github.dockerdsl.image.NamedContext;
import io.github.dockerdsl.image.SourceRef;
import io.github.dockerdsl.instruction.Add;
import io.github.dockerdsl.instruction.Command;
import io.github.dockerdsl.instruction.Copy;
import io.github.dockerdsl.instruction.Healthcheck;
import io.github.dockerdsl.instruction.Instruction;
import io.github.dockerdsl.instruction.OnBuild;
import io.github.dockerdsl.instruction.Run;
import io.github.dockerdsl.mount.BindMount;
import io.github.dockerdsl.mount.CacheMount;
import io.github.dockerdsl.mount.Mount;
import io.github.dockerdsl.mount.SecretMount;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Which versioned features a model uses, and where each is first used. */
public final class Features {
  private Features() {}

  /** The features of a built Dockerfile. */
  public static Map<Feature, String> of(Dockerfile dockerfile) {
    return of(dockerfile.directives(), dockerfile.preamble(), dockerfile.stages());
  }

  /** The features of a Dockerfile's parts, each with a description of its first use. */
  public static Map<Feature, String> of(Directives directives, List<Instruction> preamble, List<Stage> stages) {
    Map<Feature, String> found = new EnumMap<>(Feature.class);
    if (directives.check().isPresent()) {
      found.put(Feature.CHECK_DIRECTIVE, "the parser directives");
    }
    for (Stage stage : stages) {
      for (Instruction instruction : stage.instructions()) {
        Instruction inner = instruction;
        while (inner instanceof OnBuild o) {
          inner = o.trigger();
        }
        collect(inner, found, stage, instruction);
      }
    }
    return found;
  }

  /** Records {@code f}'s first use, its description built only then: most instructions use no feature. */
  private static void add(Map<Feature, String> found, Stage stage, Instruction instruction, Feature f) {
    if (!found.containsKey(f)) {
      found.put(f, stage.describe() + ", " + instruction.keyword());
    }
  }

  /**
   * The features {@code instruction} (not an ONBUILD) uses, recorded in {@code found} as used by
   * {@code outer} of {@code stage}, without a list per instruction; {@code FeaturesTest} compares it
   * on seeded models with the per-instruction lists it replaced.
   */
  private static void collect(Instruction instruction, Map<Feature, String> found, Stage stage, Instruction outer) {
    if (instruction instanceof Run run) {
      List<Mount> mounts = run.mounts();
      if (!mounts.isEmpty()) {
        add(found, stage, outer, Feature.RUN_MOUNT);
        for (Mount m : mounts) {
          if (m instanceof SecretMount secret && secret.env().isPresent()) {
            add(found, stage, outer, Feature.SECRET_ENV);
          }
          Optional<? extends SourceRef> from = m instanceof BindMount bind ? bind.from()
              : m instanceof CacheMount cache ? cache.from() : Optional.empty();
          if (from.isPresent() && from.get() instanceof NamedContext) {
            add(found, stage, outer, Feature.NAMED_CONTEXT);
          }
        }
      }
      if (run.network().isPresent()) {
        add(found, stage, outer, Feature.RUN_NETWORK);
      }
      if (run.security().isPresent()) {
        add(found, stage, outer, Feature.RUN_SECURITY);
      }
      if (run.command() instanceof Command.HeredocForm) {
        add(found, stage, outer, Feature.HEREDOC);
      }
    } else if (instruction instanceof Copy copy) {
      if (!copy.heredocs().isEmpty()) {
        add(found, stage, outer, Feature.HEREDOC);
      }
      if (copy.chmod().isPresent()) {
        add(found, stage, outer, copy.chmod().get().isSymbolic() ? Feature.CHMOD_SYMBOLIC : Feature.CHMOD);
      }
      if (copy.link()) {
        add(found, stage, outer, Feature.LINK);
      }
      if (copy.parents()) {
        add(found, stage, outer, Feature.COPY_PARENTS);
      }
      if (!copy.excludes().isEmpty()) {
        add(found, stage, outer, Feature.EXCLUDE);
      }
      if (copy.from().isPresent() && copy.from().get() instanceof NamedContext) {
        add(found, stage, outer, Feature.NAMED_CONTEXT);
      }
    } else if (instruction instanceof Add add) {
      if (add.chmod().isPresent()) {
        add(found, stage, outer, add.chmod().get().isSymbolic() ? Feature.CHMOD_SYMBOLIC : Feature.CHMOD);
      }
      if (add.link()) {
        add(found, stage, outer, Feature.LINK);
      }
      if (add.checksum().isPresent()) {
        add(found, stage, outer, Feature.ADD_CHECKSUM);
      }
      if (add.unpack().isPresent()) {
        add(found, stage, outer, Feature.ADD_UNPACK);
      }
      if (!add.excludes().isEmpty()) {
        add(found, stage, outer, Feature.EXCLUDE);
      }
    } else if (instruction instanceof Healthcheck healthcheck && healthcheck.startInterval().isPresent()) {
      add(found, stage, outer, Feature.HEALTHCHECK_START_INTERVAL);
    }
  }

  /** Every stage, image or context an instruction reads from ({@code COPY --from}, mount {@code from=}). */
  public static List<SourceRef> sourceRefs(Instruction instruction) {
    List<SourceRef> out = new ArrayList<>();
    if (instruction instanceof Copy) {
      addIfPresent(((Copy) instruction).from(), out);
    } else if (instruction instanceof Run) {
      for (Mount m : ((Run) instruction).mounts()) {
        if (m instanceof BindMount) {
          addIfPresent(((BindMount) m).from(), out);
        } else if (m instanceof CacheMount) {
          addIfPresent(((CacheMount) m).from(), out);
        }
      }
    }
    return out;
  }

  /** {@code from.ifPresent(out::add)} without the method reference, whose bootstrap a one-file lint would pay. */
  private static void addIfPresent(java.util.Optional<SourceRef> from, List<SourceRef> out) {
    if (from.isPresent()) {
      out.add(from.get());
    }
  }
}
