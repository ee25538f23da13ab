package io.github.dockerdsl.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dockerdsl.Dockerfile;
import io.github.dockerdsl.Feature;
import io.github.dockerdsl.Stage;
import io.github.dockerdsl.image.NamedContext;
import io.github.dockerdsl.image.SourceRef;
import io.github.dockerdsl.instruction.Add;
import io.github.dockerdsl.instruction.Command;
import io.github.dockerdsl.instruction.Copy;
import io.github.dockerdsl.instruction.FileMode;
import io.github.dockerdsl.instruction.Healthcheck;
import io.github.dockerdsl.instruction.Instruction;
import io.github.dockerdsl.instruction.OnBuild;
import io.github.dockerdsl.instruction.Run;
import io.github.dockerdsl.mount.Mount;
import io.github.dockerdsl.mount.SecretMount;
import io.github.dockerdsl.parse.DockerfileParser;
import io.github.dockerdsl.testing.RandomDockerfiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/**
 * {@link Features#of(Dockerfile)} reads each instruction without a list of its features: it must
 * find the same features, first used in the same place, as the loop over per-instruction lists it
 * replaced (both kept here as the reference).
 */
class FeaturesTest {
  /** The loop {@code Features.of(Directives, List, List)} ran before: every instruction's feature list. */
  private static Map<Feature, String> reference(Dockerfile dockerfile) {
    Map<Feature, String> found = new EnumMap<>(Feature.class);
    if (dockerfile.directives().check().isPresent()) {
      found.put(Feature.CHECK_DIRECTIVE, "the parser directives");
    }
    for (Stage stage : dockerfile.stages()) {
      for (Instruction instruction : stage.instructions()) {
        for (Feature f : of(instruction)) {
          found.putIfAbsent(f, stage.describe() + ", " + instruction.keyword());
        }
      }
    }
    return found;
  }

  /** The features one instruction uses, as {@code Features.of(Instruction)} listed them before. */
  private static List<Feature> of(Instruction instruction) {
    List<Feature> out = new ArrayList<>();
    if (instruction instanceof OnBuild) {
      return of(((OnBuild) instruction).trigger());
    }
    if (instruction instanceof Run) {
      Run run = (Run) instruction;
      if (!run.mounts().isEmpty()) {
        out.add(Feature.RUN_MOUNT);
      }
      for (Mount m : run.mounts()) {
        if (m instanceof SecretMount && ((SecretMount) m).env().isPresent()) {
          out.add(Feature.SECRET_ENV);
        }
      }
      run.network().ifPresent(n -> out.add(Feature.RUN_NETWORK));
      run.security().ifPresent(s -> out.add(Feature.RUN_SECURITY));
      if (run.command() instanceof Command.HeredocForm) {
        out.add(Feature.HEREDOC);
      }
    } else if (instruction instanceof Copy) {
      Copy copy = (Copy) instruction;
      if (!copy.heredocs().isEmpty()) {
        out.add(Feature.HEREDOC);
      }
      chmod(copy.chmod(), out);
      if (copy.link()) {
        out.add(Feature.LINK);
      }
      if (copy.parents()) {
        out.add(Feature.COPY_PARENTS);
      }
      if (!copy.excludes().isEmpty()) {
        out.add(Feature.EXCLUDE);
      }
    } else if (instruction instanceof Add) {
      Add add = (Add) instruction;
      chmod(add.chmod(), out);
      if (add.link()) {
        out.add(Feature.LINK);
      }
      add.checksum().ifPresent(c -> out.add(Feature.ADD_CHECKSUM));
      add.unpack().ifPresent(u -> out.add(Feature.ADD_UNPACK));
      if (!add.excludes().isEmpty()) {
        out.add(Feature.EXCLUDE);
      }
    } else if (instruction instanceof Healthcheck) {
      ((Healthcheck) instruction).startInterval().ifPresent(s -> out.add(Feature.HEALTHCHECK_START_INTERVAL));
    }
    for (SourceRef ref : Features.sourceRefs(instruction)) {
      if (ref instanceof NamedContext) {
        out.add(Feature.NAMED_CONTEXT);
      }
    }
    return out;
  }

  private static void chmod(Optional<FileMode> mode, List<Feature> out) {
    mode.ifPresent(m -> out.add(m.isSymbolic() ? Feature.CHMOD_SYMBOLIC : Feature.CHMOD));
  }

  @RepeatedTest(300)
  void seeded_models_have_the_features_the_per_instruction_lists_find(RepetitionInfo repetition) {
    long seed = 1502_000L + repetition.getCurrentRepetition();
    Dockerfile model = new RandomDockerfiles(seed).next();
    assertThat(Features.of(model)).as("seed %d:%n%s", seed, model).isEqualTo(reference(model));
  }

  @Test
  void every_parsed_test_file_has_the_features_the_per_instruction_lists_find() throws IOException {
    Set<Feature> seen = EnumSet.noneOf(Feature.class);
    List<Path> files;
    try (Stream<Path> walk = Files.walk(Path.of("src/test/resources"))) {
      files = walk.filter(p -> p.getFileName().toString().contains("Dockerfile") && Files.isRegularFile(p)).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThan(10);
    for (Path file : files) {
      Dockerfile dockerfile = DockerfileParser.parse(Files.readString(file)).dockerfile();
      Map<Feature, String> features = Features.of(dockerfile);
      assertThat(features).as(file.toString()).isEqualTo(reference(dockerfile));
      seen.addAll(features.keySet());
    }
    // the comparison covered the features the test files use, not only files with none
    assertThat(seen).contains(Feature.RUN_MOUNT, Feature.HEREDOC, Feature.LINK, Feature.CHMOD);
  }
}
