package io.github.dockerdsl.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dockerdsl.Dockerfile;
import io.github.dockerdsl.Feature;
import io.github.dockerdsl.Stage;
import io.github.dockerdsl.instruction.Instruction;
import io.github.dockerdsl.parse.DockerfileParser;
import io.github.dockerdsl.testing.RandomDockerfiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/**
 * {@link Features#of(Dockerfile)} reads each instruction without the per-instruction lists of
 * {@link Features#of(Instruction)}: it must find the same features, first used in the same place,
 * as the loop over those lists it replaced (kept here as the reference).
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
        for (Feature f : Features.of(instruction)) {
          found.putIfAbsent(f, stage.describe() + ", " + instruction.keyword());
        }
      }
    }
    return found;
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
