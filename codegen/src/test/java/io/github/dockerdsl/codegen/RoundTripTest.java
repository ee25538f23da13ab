package io.github.dockerdsl.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.palantir.javapoet.JavaFile;
import io.github.dockerdsl.Dockerfile;
import io.github.dockerdsl.Stage;
import io.github.dockerdsl.parse.DockerfileFormatter;
import io.github.dockerdsl.parse.DockerfileParser;
import io.github.dockerdsl.parse.ParsedDockerfile;
import io.github.dockerdsl.testing.RandomDockerfiles;
import io.github.dockerdsl.rule.Policy;
import io.github.dockerdsl.rule.PolicyViolationException;
import io.github.dockerdsl.rule.Suppression;
import io.github.dockerdsl.rule.Violation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The proof of the importer: for every Dockerfile of the parser corpus, every approved Dockerfile the
 * project generates, and 300 seeded random models, the imported Java compiles without a warning, its
 * {@code dockerfile()} builds under the strict policy, and it renders what {@code dockerdsl fmt}
 * prints for the input, byte for byte, once the suppressions the import added are taken away.
 */
class RoundTripTest {
  private static final Path ROOT = Path.of("..");
  private static final List<Path> APPROVED_UNDER = List.of(ROOT.resolve("dsl/src/test"),
      ROOT.resolve("presets/src/test"), ROOT.resolve("cli/src/test"), ROOT.resolve("examples/src/test"));

  private static final String DOCKERIGNORE_SEPARATOR = "# ---- .dockerignore ----";

  static Stream<String> corpus() {
    return files(List.of(ROOT.resolve("dsl/src/test/resources/corpus"), ROOT.resolve("codegen/src/test/resources/imports")),
        ".Dockerfile");
  }

  static Stream<String> approved() {
    return files(APPROVED_UNDER, ".approved.Dockerfile");
  }

  static LongStream seeds() {
    return LongStream.range(0, 300);
  }

  private static Stream<String> files(List<Path> roots, String suffix) {
    return roots.stream().flatMap(root -> {
      try (Stream<Path> walk = Files.walk(root)) {
        return walk.filter(p -> p.getFileName().toString().endsWith(suffix)).map(p -> ROOT.relativize(p).toString())
            .sorted().collect(Collectors.toList()).stream();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @Test
  void the_inputs_are_all_there() {
    assertThat(corpus().count()).isGreaterThanOrEqualTo(16);
    assertThat(approved().count()).isGreaterThanOrEqualTo(40);
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void corpus_file_round_trips(String file) throws Exception {
    roundTrip(file);
  }

  @ParameterizedTest
  @MethodSource("approved")
  void approved_output_round_trips(String file) throws Exception {
    roundTrip(file);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void random_model_round_trips(long seed) throws Exception {
    Dockerfile model = new RandomDockerfiles(seed).next();
    String expected = DockerfileFormatter.format(model.toString());
    JavaFile file = Random.file(seed, model);
    Dockerfile imported = Random.BATCH.run(file);
    assertThat(withoutImportedSuppressions(imported).toString()).as("seed %d, source:%n%s", seed, file)
        .isEqualTo(expected);
    assertThat(withoutImportedSuppressions(imported)).as("seed %d", seed).isEqualTo(model);
  }

  /** The imports of the corpus and the approved files, compiled together once. */
  private static final class Inputs {
    static final List<String> NAMES = Stream.concat(corpus(), approved()).collect(Collectors.toList());
    static final InProcessCompiler.Batch BATCH = new InProcessCompiler.Batch(NAMES.stream()
        .flatMap(n -> Stream.of(withSuppressions(n), bare(n))).collect(Collectors.toList()));

    static JavaFile withSuppressions(String name) {
      return JavaImporter.of(packageOf(name), "Imported").withSourceName(name).toJavaFile(parse(name));
    }

    static JavaFile bare(String name) {
      return JavaImporter.of(packageOf(name), "Bare").withoutSuppressions().toJavaFile(parse(name));
    }

    private static String packageOf(String name) {
      return "imported.file" + NAMES.indexOf(name);
    }
  }

  /** The imports of the random models, compiled together once. */
  private static final class Random {
    static final InProcessCompiler.Batch BATCH = new InProcessCompiler.Batch(seeds()
        .mapToObj(seed -> file(seed, new RandomDockerfiles(seed).next())).collect(Collectors.toList()));

    static JavaFile file(long seed, Dockerfile model) {
      return JavaImporter.of("imported.random", "Random" + seed).toJavaFile(model);
    }
  }

  static String text(String name) {
    try {
      String text = Files.readString(ROOT.resolve(name));
      // dockerdsl init --dry-run prints the .dockerignore after the Dockerfile
      int ignore = text.indexOf(DOCKERIGNORE_SEPARATOR);
      return ignore < 0 ? text : text.substring(0, ignore);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ParsedDockerfile parse(String name) {
    return DockerfileParser.parse(text(name));
  }

  private static void roundTrip(String name) throws Exception {
    ParsedDockerfile parsed = parse(name);
    String expected = DockerfileFormatter.format(text(name));

    JavaFile file = Inputs.withSuppressions(name);
    Dockerfile imported = Inputs.BATCH.run(file);
    assertThat(withoutImportedSuppressions(imported).toString()).as("%s, source:%n%s", name, file).isEqualTo(expected);
    assertThat(withoutImportedSuppressions(imported)).isEqualTo(parsed.dockerfile());

    JavaFile bare = Inputs.bare(name);
    Set<String> blocking = Policy.strict().evaluate(parsed.dockerfile()).stream().filter(Violation::isBlocking)
        .map(v -> v.rule().code()).collect(Collectors.toSet());
    if (blocking.isEmpty()) {
      assertThat(Inputs.BATCH.run(bare).toString()).isEqualTo(expected);
    } else {
      assertThatThrownBy(() -> Inputs.BATCH.run(bare)).isInstanceOfSatisfying(PolicyViolationException.class,
          e -> assertThat(e.violations().stream().map(v -> v.rule().code()).collect(Collectors.toSet()))
              .isEqualTo(blocking));
    }
  }

  /** The model without the waivers the import added, rebuilt without a policy check. */
  static Dockerfile withoutImportedSuppressions(Dockerfile dockerfile) {
    Dockerfile.Builder b = Dockerfile.builder().directives(dockerfile.directives())
        .replacePreamble(dockerfile.preamble());
    for (Suppression s : dockerfile.suppressions()) {
      if (!s.reason().startsWith(JavaImporter.REVIEW_PREFIX)) {
        b.suppression(s);
      }
    }
    for (Stage stage : dockerfile.stages()) {
      Stage.Builder fresh = Stage.from(stage.base(), stage.fromOrigin());
      stage.name().ifPresent(fresh::as);
      stage.platform().ifPresent(fresh::platform);
      List<Suppression> kept = stage.suppressions().stream()
          .filter(s -> !s.reason().startsWith(JavaImporter.REVIEW_PREFIX)).collect(Collectors.toList());
      for (Suppression s : kept) {
        if (!(s.scope() instanceof Suppression.AtInstruction)) {
          fresh.suppression(s);
        }
      }
      keepAt(fresh, kept, -1);
      for (int i = 0; i < stage.instructions().size(); i++) {
        fresh.instruction(stage.instructions().get(i), stage.origins().get(i));
        keepAt(fresh, kept, i);
      }
      b.stage(fresh.build());
    }
    return b.build(Policy.none());
  }

  private static void keepAt(Stage.Builder stage, List<Suppression> kept, int index) {
    for (Suppression s : kept) {
      if (s.scope() instanceof Suppression.AtInstruction at && at.index() == index) {
        stage.suppression(s);
      }
    }
  }
}
