package io.github.dockerdsl.parse;

import io.github.dockerdsl.testing.RandomDockerfiles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.dockerdsl.Dockerfile;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/** Seeded random inputs; each failure names its seed so it replays. */
class ParserPropertyTest {
  private static final long BASE_SEED = 0x5eed_d0c4L;
  private static final Duration BOUND = Duration.ofSeconds(5);
  private static final String ALPHABET = "FROMRUNCOPYADDENVARGLABELONBUILDHEALTHCHECKfromrun \t\n\n\n\\\\`#=\"'[],-<<EOF$"
      + "{}:/.@0123456789abcxyzé\r\u0000";
  private static final String[] TOKENS = {"FROM alpine\n", "RUN ", "COPY ", "--mount=type=cache,target=/x ",
      "<<EOF\n", "EOF\n", "\\\n", "# escape=`\n", "# syntax=docker/dockerfile:1\n", "[\"a\", \"b\"]", "ONBUILD ",
      "HEALTHCHECK --interval=5s CMD ", "ENV a=\"b c\" ", "ARG x=1 y ", " AS build\n", "--from=build ", "\n# c\n"};

  private static long seed(RepetitionInfo info, int salt) {
    return BASE_SEED + 1_000L * salt + info.getCurrentRepetition();
  }

  /** Parses and accepts a result or a syntax error; anything else fails the property. */
  private static void parsesOrRejects(String text, long seed) {
    assertTimeoutPreemptively(BOUND, () -> {
      try {
        ParsedDockerfile parsed = DockerfileParser.parse(text);
        Dockerfile reparsed = DockerfileParser.parse(parsed.dockerfile().toString()).dockerfile();
        assertThat(reparsed).as("seed %d: parse(render(parse(text))) equals parse(text) for%n%s", seed, text)
            .isEqualTo(parsed.dockerfile());
      } catch (DockerfileSyntaxException e) {
        assertThat(e.line()).as("seed %d", seed).isPositive();
        assertThat(e.getMessage()).as("seed %d", seed).contains(">>>").contains("^");
      } catch (RuntimeException e) {
        throw new AssertionError("seed " + seed + ": " + e + " for input:\n" + text, e);
      }
    }, () -> "seed " + seed + " did not finish within " + BOUND);
  }

  @RepeatedTest(200)
  void arbitrary_text_parses_or_raises_a_syntax_error(RepetitionInfo info) {
    long seed = seed(info, 1);
    Random random = new Random(seed);
    StringBuilder text = new StringBuilder();
    for (int i = random.nextInt(400); i > 0; i--) {
      if (random.nextInt(4) == 0) {
        text.append(TOKENS[random.nextInt(TOKENS.length)]);
      } else {
        text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
    }
    parsesOrRejects(text.toString(), seed);
  }

  @RepeatedTest(200)
  void truncated_and_mutated_corpus_files_parse_or_raise_a_syntax_error(RepetitionInfo info) throws IOException {
    long seed = seed(info, 2);
    Random random = new Random(seed);
    List<String> corpus = CorpusTest.corpus();
    StringBuilder text = new StringBuilder(CorpusTest.read(corpus.get(random.nextInt(corpus.size()))));
    int mutations = random.nextInt(6);
    for (int i = 0; i < mutations && text.length() > 0; i++) {
      int at = random.nextInt(text.length());
      switch (random.nextInt(4)) {
        case 0: text.setLength(at); break;
        case 1: text.deleteCharAt(at); break;
        case 2: text.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length()))); break;
        default: text.insert(at, TOKENS[random.nextInt(TOKENS.length)]);
      }
    }
    parsesOrRejects(text.toString(), seed);
  }

  @RepeatedTest(300)
  void random_models_survive_render_then_parse(RepetitionInfo info) {
    long seed = seed(info, 3);
    Dockerfile model = new RandomDockerfiles(seed).next();
    String text = model.toString();
    assertTimeoutPreemptively(BOUND, () -> {
      Dockerfile parsed;
      try {
        parsed = DockerfileParser.parse(text).dockerfile();
      } catch (DockerfileSyntaxException e) {
        throw new AssertionError("seed " + seed + ": " + e.getMessage() + "\nfor:\n" + text, e);
      }
      assertThat(parsed).as("seed %d: parse(render(x)) equals x for%n%s%nbut parsed as%n%s", seed, text, parsed)
          .isEqualTo(model);
      assertThat(parsed.toString()).as("seed %d", seed).isEqualTo(text);
    });
  }

  @RepeatedTest(20)
  void long_lines_finish_quickly(RepetitionInfo info) {
    long seed = seed(info, 4);
    Random random = new Random(seed);
    String filler = "a-b.c".repeat(2_000 + random.nextInt(4_000));
    String[] shapes = {"FROM " + filler + "!\n", "FROM alpine\nRUN " + filler + " \\\n" + filler + "\n",
        "FROM alpine\nENV A=\"" + filler + "\n", "FROM alpine\nCOPY --from=" + filler + "! a /b\n",
        "FROM alpine\nRUN [\"" + filler + "\n", "FROM registry." + filler + ":5000/x!\n",
        "FROM alpine\nUSER " + filler + "$\n", "FROM alpine\nRUN --mount=type=cache,target=/" + filler + ",x\n"};
    parsesOrRejects(shapes[random.nextInt(shapes.length)], seed);
  }
}
