package io.github.dockerdsl;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dockerdsl.instruction.Arg;
import io.github.dockerdsl.instruction.Command;
import io.github.dockerdsl.instruction.Comment;
import io.github.dockerdsl.instruction.Env;
import io.github.dockerdsl.instruction.Heredoc;
import io.github.dockerdsl.instruction.Instruction;
import io.github.dockerdsl.instruction.Label;
import io.github.dockerdsl.instruction.Raw;
import io.github.dockerdsl.instruction.Run;
import io.github.dockerdsl.parse.DockerfileParser;
import io.github.dockerdsl.parse.DockerfileSyntaxException;
import io.github.dockerdsl.rule.Policy;
import io.github.dockerdsl.rule.Rules;
import io.github.dockerdsl.testing.RandomDockerfiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * build() checks with the writer's check-only walk and renders the text on the first toString():
 * each outcome (the text, or the refusal's class and message) must be the eager render's, kept as
 * {@code Builder.buildRendered()}.
 */
class LazyTextTest {
  private static final long SEED = 0x15_7EL;
  private static final String LONG = "x".repeat(22_000);
  private static final String HUGE = "é".repeat(33_000);

  /** What building gives: the text, or the refusal (which must come from build(), not from the text). */
  private static String outcome(Supplier<Dockerfile> build) {
    Dockerfile built;
    try {
      built = build.get();
    } catch (RuntimeException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
    try {
      return "text " + built;
    } catch (RuntimeException e) {
      return "built, but its text refused: " + e;
    }
  }

  @Test
  void the_lazy_text_is_the_eager_render_for_random_models() {
    RandomDockerfiles models = new RandomDockerfiles(SEED);
    for (int i = 0; i < 500; i++) {
      Dockerfile model = models.next();
      String eager = model.toBuilder().buildRendered().toString();
      assertThat(model.toBuilder().build(Policy.none()).toString()).as("seed %d, model %d", SEED, i).isEqualTo(eager);
      assertThat(model.toString()).as("seed %d, model %d", SEED, i).isEqualTo(eager);
    }
  }

  @Test
  void the_lazy_text_is_the_eager_render_for_every_test_resource_file() throws IOException {
    int parsed = 0;
    try (Stream<Path> files = Files.walk(Path.of("src/test/resources"))) {
      for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        Dockerfile dockerfile;
        try {
          dockerfile = DockerfileParser.parse(Files.readString(file)).dockerfile();
        } catch (DockerfileSyntaxException | IllegalArgumentException | IllegalStateException
            | java.nio.charset.MalformedInputException e) {
          continue;
        }
        parsed++;
        assertThat(dockerfile.toString()).as(file.toString())
            .isEqualTo(dockerfile.toBuilder().buildRendered().toString());
      }
    }
    assertThat(parsed).isEqualTo(15);
  }

  @Test
  void build_refuses_exactly_what_the_eager_render_refuses() {
    Random random = new Random(SEED);
    RandomDockerfiles models = new RandomDockerfiles(SEED);
    Map<String, Integer> refusals = new TreeMap<>();
    int built = 0;
    for (int i = 0; i < 1_500; i++) {
      Dockerfile.Builder builder;
      try {
        builder = spoilt(models.next(), random);
      } catch (RuntimeException e) {
        continue; // a model's own constructor refused the piece: build() is not reached
      }
      String lazy = outcome(() -> builder.build(Policy.none()));
      String eager = outcome(builder::buildRendered);
      assertThat(lazy).as("seed %d, case %d", SEED, i).isEqualTo(eager);
      if (eager.startsWith("text ")) {
        built++;
      } else {
        refusals.merge(eager.substring(0, Math.min(200, eager.length())), 1, Integer::sum);
      }
    }
    // the cases reach the writer's refusals of every kind (the whole file's surrogate check quotes its start), and some build
    assertThat(built).isGreaterThan(100);
    assertThat(String.join("\n", refusals.keySet()))
        .contains("would be read as a parser directive")
        .contains("instruction has a line")
        .contains("unpaired surrogate")
        .contains("Dockerfile has a line")
        .contains("Dockerfile '# dockerdsl:suppress-file");
  }

  /** A model with a piece the writer may refuse, in a random place. */
  private static Dockerfile.Builder spoilt(Dockerfile model, Random random) {
    String[] values = {"syntax=docker/dockerfile:1", " escape=`", "check=skip=all", LONG, HUGE, "a\uD800b",
        "\uD83D\uDE00 ok", "ends with \\", "a <<EOF b", "plain", "two\n\nlines", "$HOME \"q\""};
    Dockerfile.Builder b = model.toBuilder();
    List<Stage> stages = new ArrayList<>(model.stages());
    for (int n = 1 + random.nextInt(2); n > 0; n--) {
      String v = values[random.nextInt(values.length)];
      Instruction instruction = switch (random.nextInt(7)) {
        case 0 -> Env.of("E" + n, v);
        case 1 -> Label.of("l" + n, v);
        case 2 -> Raw.of("RUN " + v);
        case 3 -> Run.of(Command.heredocs("cat <<EOF", Heredoc.of("EOF", v.split("\n"))));
        case 4 -> Comment.of(v);
        default -> null;
      };
      if (instruction != null) {
        int at = random.nextInt(stages.size());
        stages.set(at, stages.get(at).toBuilder().instruction(instruction).build());
      } else {
        switch (random.nextInt(3)) {
          case 0 -> b.comment(v);
          case 1 -> b.globalArg(Arg.of("A" + n, v));
          default -> b.suppress(Rules.NON_ROOT_FINAL_USER, v);
        }
      }
    }
    return b.replaceStages(stages);
  }
}
