package io.github.dockerdsl.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dockerdsl.instruction.Raw;
import java.io.IOException;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The parser renders each instruction once (in {@code build()}) and re-parses, rendering each as it
 * is read, only when something fails: the result must be the one the always-checking parser gives.
 */
class RenderOnceTest {
  private static final long BASE_SEED = 0x0f15_0f15L;
  private static final String[] TOKENS = {"FROM alpine\n", "RUN ", "COPY ", "--mount=type=cache,target=/x ",
      "<<EOF\n", "EOF\n", "\\\n", "# escape=`\n", "`\n", "[\"a\", \"b <<c\"]", "ONBUILD ", "EXPOSE 80:80\n",
      "HEALTHCHECK --interval=5s CMD ", "ENV a=\"b c\" ", "ARG x=1 y ", " AS build\n", "--from=build ",
      "\n# c\n", "echo hi ", "--mount=type=cache,target=/a`b ", "--exclude=x`y ", "USER app\n", "--chown=a`b ",
      "x y\n", "WORKDIR /app\n", "cat <<x\n", "\n"};

  /** Either the same parse, or the same syntax error (message, line and column). */
  private static void sameAsCheckingEveryInstruction(String text, String what) {
    Object expected;
    try {
      expected = new Parser(text, true).parse();
    } catch (DockerfileSyntaxException e) {
      expected = e.getMessage();
    }
    Object actual;
    try {
      actual = DockerfileParser.parse(text);
    } catch (DockerfileSyntaxException e) {
      actual = e.getMessage();
    }
    assertThat(actual).as("%s:%n%s", what, text).isEqualTo(expected);
  }

  @Test
  void an_instruction_the_writer_refuses_still_becomes_raw() {
    // The model takes the path, but the writer refuses it: BuildKit would read C:\app as C:app.
    String text = "FROM alpine\nWORKDIR C:\\app\n";
    assertThatThrownBy(() -> new Parser(text, false).parse()).isInstanceOf(DockerfileSyntaxException.class);
    ParsedDockerfile parsed = DockerfileParser.parse(text);
    assertThat(parsed.dockerfile().stages().get(0).instructions()).singleElement().isInstanceOf(Raw.class);
    assertThat(parsed.facts().at(0, 0).flags()).contains(SourceFlag.RAW);
    assertThat(parsed.facts().at(0, 0).rawReason()).hasValueSatisfying(reason -> assertThat(reason)
        .startsWith("WORKDIR path 'C:\\app' would be read by BuildKit as 'C:app'"));
    sameAsCheckingEveryInstruction(text, "a path BuildKit reads differently");
  }

  @ParameterizedTest
  @MethodSource("io.github.dockerdsl.parse.CorpusTest#corpus")
  void corpus_files_parse_as_when_every_instruction_is_checked(String name) throws IOException {
    sameAsCheckingEveryInstruction(CorpusTest.read(name), name);
  }

  @RepeatedTest(300)
  void random_files_parse_as_when_every_instruction_is_checked(RepetitionInfo info) {
    long seed = BASE_SEED + info.getCurrentRepetition();
    Random random = new Random(seed);
    StringBuilder text = new StringBuilder(random.nextBoolean() ? "FROM alpine\n" : "");
    for (int i = random.nextInt(40); i > 0; i--) {
      text.append(TOKENS[random.nextInt(TOKENS.length)]);
    }
    sameAsCheckingEveryInstruction(text.toString(), "seed " + seed);
  }
}
