package io.github.dockerdsl.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.dockerdsl.instruction.Add;
import io.github.dockerdsl.instruction.Command;
import io.github.dockerdsl.instruction.Copy;
import io.github.dockerdsl.instruction.Heredoc;
import io.github.dockerdsl.instruction.Instruction;
import io.github.dockerdsl.instruction.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Heredocs and quoted continuation lines read as BuildKit's parser reads them (issue 14, section 1),
 * each case re-checked against {@code buildkit-parse} where it is installed, and through {@code fmt}.
 */
class HeredocReadingTest {
  private static final Path ORACLE = OracleProcess.ORACLE;

  /** A text BuildKit reads with one heredoc, and that heredoc's name and body lines. */
  static Stream<Arguments> heredocs() {
    return Stream.of(
        Arguments.of("FROM a\nRUN cat << EOF\nx\nEOF\n", "EOF", List.of("x")),
        Arguments.of("FROM a\nRUN 3<<EOF cat /dev/fd/3\nx\nEOF\n", "EOF", List.of("x")),
        Arguments.of("FROM a\nCOPY <<app.conf /etc/\nlisten 80\napp.conf\n", "app.conf", List.of("listen 80")),
        Arguments.of("FROM a\nRUN cat <<$EOF\nx\n$EOF\n", "$EOF", List.of("x")),
        Arguments.of("FROM a\nRUN cat <<'one two'\nx $HOME\none two\n", "one two", List.of("x $HOME")),
        Arguments.of("FROM a\nADD --chmod=0644 <<EOF /etc/motd\nhello\nEOF\n", "EOF", List.of("hello")));
  }

  /** Every text of this test, for the syntax-dump conformance test. */
  static Stream<String> texts() {
    List<String> out = new ArrayList<>();
    heredocs().forEach(a -> out.add((String) a.get()[0]));
    out.add(UNTERMINATED);
    out.add(DASH_DELIMITER);
    out.add(UNBALANCED);
    quotedContinuations().forEach(out::add);
    out.add(DESTINATION);
    out.add(EXEC_MARKER);
    return out.stream();
  }

  private static final String DASH_DELIMITER = "FROM a\nRUN cat << -EOF\nx\n-EOF\n";
  private static final String DASH_COPY = "FROM a\nCOPY << -EOF /x\nx\n-EOF\n";
  private static final String UNTERMINATED = "FROM a\nRUN cat << -EOF\nx\nEOF\n";
  private static final String UNBALANCED = "FROM a\nRUN cat <<'EOF\nRUN echo after\n";
  private static final String QUOTED_CONTINUATION = "FROM a\nRUN printf \"%s\" \"a  \\\n  b\"\n";
  private static final String ISSUE_EXAMPLE = "FROM a\nRUN printf \"%s\" \"left \\\n        right\"\n";
  private static final String DESTINATION = "FROM a\nCOPY app.conf <<EOF\nx\nEOF\n";
  private static final String EXEC_MARKER = "FROM a\nRUN [\"<<EOF\"]\n";

  @ParameterizedTest
  @MethodSource("heredocs")
  void reads_the_heredoc_buildkit_reads_and_writes_it_back(String text, String name, List<String> body) {
    Heredoc doc = heredocOf(DockerfileParser.parse(text));
    assertThat(doc.delimiter()).isEqualTo(name);
    assertThat(doc.lines()).isEqualTo(body);
    // fmt keeps the heredoc: the formatted text reads back to the same document
    assertThat(heredocOf(DockerfileParser.parse(DockerfileFormatter.format(text)))).isEqualTo(doc);
  }

  @Test
  void a_blank_after_the_marker_is_part_of_the_word_so_dash_eof_is_a_name_not_tab_stripping() {
    assertThatThrownBy(() -> DockerfileParser.parse(UNTERMINATED)).isInstanceOf(DockerfileSyntaxException.class)
        .extracting(e -> ((DockerfileSyntaxException) e).problem())
        .isEqualTo("heredoc '-EOF' is not terminated; end it with a line '-EOF'");
  }

  @Test
  void a_dash_delimiter_in_run_is_read_and_written_back_with_its_blank() {
    Heredoc doc = heredocOf(DockerfileParser.parse(DASH_DELIMITER));
    assertThat(doc.delimiter()).isEqualTo("-EOF");
    assertThat(doc.stripTabs()).isFalse();
    assertThat(doc.marker()).isEqualTo("<< -EOF");
    assertThat(DockerfileFormatter.format(DASH_DELIMITER)).isEqualTo(DASH_DELIMITER);
  }

  @Test
  void a_dash_delimiter_in_copy_is_refused_with_the_reason() {
    assertThatThrownBy(() -> Copy.heredoc(Heredoc.of("-EOF", "x"), "/x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("COPY heredoc delimiter '-EOF' cannot be written: '<< -EOF' would split COPY's arguments and "
            + "'<<-EOF' strips tabs; use a delimiter that does not start with '-'");
    assertThatThrownBy(() -> DockerfileParser.parse(DASH_COPY)).isInstanceOf(DockerfileSyntaxException.class)
        // like BuildKit, the parser splits the line into the words '<<', '-EOF' and '/x'
        .extracting(e -> ((DockerfileSyntaxException) e).problem())
        .isEqualTo("COPY destination '/x' must end with '/' when there are 2 sources; write '/x/'");
  }

  @Test
  void a_heredoc_as_destination_is_refused_not_swapped() {
    assertThatThrownBy(() -> DockerfileParser.parse(DESTINATION)).isInstanceOf(DockerfileSyntaxException.class)
        .extracting(e -> ((DockerfileSyntaxException) e).problem())
        .isEqualTo("COPY cannot accept a heredoc as a destination; write COPY <<EOF <destination>");
  }

  @Test
  void an_unbalanced_quote_is_no_heredoc_and_swallows_no_lines() {
    // BuildKit's own reading: no heredoc, the next line is an instruction
    assertThat(SyntaxDump.dump(UNBALANCED)).isEqualTo("(from \"a\")\n(run \"cat <<'EOF\")\n(run \"echo after\")\n");
    assertThatThrownBy(() -> DockerfileParser.parse(UNBALANCED)).isInstanceOf(DockerfileSyntaxException.class)
        .satisfies(e -> assertThat(((DockerfileSyntaxException) e).line()).isEqualTo(2))
        .extracting(e -> ((DockerfileSyntaxException) e).problem())
        .isEqualTo("RUN 'cat <<'EOF' has a '<<' that BuildKit does not read as a heredoc, because the line does not "
            + "lex (unexpected end of statement while looking for matching single-quote), so the lines after it are "
            + "instructions of their own; dockerdsl keeps '<<' only as a heredoc marker: close the quote, or write "
            + "'<<<' for a here-string");
  }

  @Test
  void an_exec_form_argument_with_a_marker_is_raw_for_what_it_is() {
    InstructionSource source = DockerfileParser.parse(EXEC_MARKER).facts().at(0, 0);
    assertThat(source.rawReason()).contains("RUN exec-form argument '<<EOF' holds '<<', which BuildKit reads as a "
        + "plain argument (there are no heredocs in exec form), but which dockerdsl does not model in RUN arguments");
  }

  @Test
  void a_quoted_string_across_continuation_lines_keeps_every_space() {
    Run run = (Run) DockerfileParser.parse(QUOTED_CONTINUATION).dockerfile().stages().get(0).instructions().get(0);
    // "a  " + "  b": BuildKit keeps all four spaces; the writer's " \" and indent would give five
    assertThat(run.command()).isEqualTo(Command.shellLines(List.of("printf \"%s\" \"a    b\"")));
    assertThat(DockerfileFormatter.format(QUOTED_CONTINUATION)).isEqualTo("FROM a\nRUN printf \"%s\" \"a    b\"\n");
  }

  @ParameterizedTest
  @MethodSource("quotedContinuations")
  void fmt_keeps_what_buildkit_runs(String text) {
    assertThat(SyntaxDump.dump(DockerfileFormatter.format(text))).isEqualTo(SyntaxDump.dump(text));
  }

  static Stream<String> quotedContinuations() {
    return Stream.of(QUOTED_CONTINUATION, ISSUE_EXAMPLE, "FROM a\nRUN echo \"x \\\nmid  \\\n  y\"\n",
        "FROM a\nRUN echo 'one \\\n      two' \\\n    && echo \"it's\"\n",
        "FROM a\nRUN apt-get install -y \\\n        curl \\\n    && pkgs=\" \\\n        a \\\n    \" \\\n    && echo $pkgs\n");
  }

  @Tag("buildkit")
  @ParameterizedTest
  @MethodSource("heredocs")
  void buildkit_reads_the_same_heredoc_before_and_after_fmt(String text, String name, List<String> body)
      throws Exception {
    assumeTrue(Files.isExecutable(ORACLE), "BuildKit's parser is not installed at " + ORACLE
        + " (build it with /work/shared/tools/buildkit-parse/build.sh, or pass -Ddockerdsl.buildkitParse=...); skipped");
    String content = String.join("\n", body) + "\n";
    assertThat(oracleHeredocs(text)).containsExactly(name + ":" + content);
    assertThat(oracleHeredocs(DockerfileFormatter.format(text))).containsExactly(name + ":" + content);
  }

  @Tag("buildkit")
  @Test
  void buildkit_agrees_on_the_other_cases() throws Exception {
    assumeTrue(Files.isExecutable(ORACLE), "BuildKit's parser is not installed at " + ORACLE + "; skipped");
    assertThat(oracle(UNTERMINATED).get("error")).isEqualTo("unterminated heredoc");
    assertThat(oracleHeredocs(DASH_DELIMITER)).containsExactly("-EOF:x\n");
    assertThat(oracleHeredocs(DockerfileFormatter.format(DASH_DELIMITER))).containsExactly("-EOF:x\n");
    assertThat((List<?>) oracle(UNBALANCED).get("nodes")).hasSize(3);
    assertThat(oracleHeredocs(UNBALANCED)).isEmpty();
    assertThat(oracleHeredocs(DESTINATION)).containsExactly("EOF:x\n");
    assertThat(oracleHeredocs(EXEC_MARKER)).isEmpty();
    String formatted = DockerfileFormatter.format(QUOTED_CONTINUATION);
    assertThat(((Map<?, ?>) ((List<?>) oracle(formatted).get("nodes")).get(1)).get("values"))
        .isEqualTo(((Map<?, ?>) ((List<?>) oracle(QUOTED_CONTINUATION).get("nodes")).get(1)).get("values"))
        .isEqualTo(List.of("printf \"%s\" \"a    b\""));
  }

  private static Heredoc heredocOf(ParsedDockerfile parsed) {
    Instruction i = parsed.dockerfile().stages().get(0).instructions().get(0);
    if (i instanceof Copy copy) {
      return copy.heredocs().get(0);
    }
    if (i instanceof Add add) {
      return add.heredocs().get(0);
    }
    return ((Command.HeredocForm) ((Run) i).command()).heredocs().get(0);
  }

  private static List<String> oracleHeredocs(String text) throws IOException, InterruptedException {
    List<String> out = new ArrayList<>();
    for (Object n : (List<?>) oracle(text).get("nodes")) {
      for (Object h : (List<?>) ((Map<?, ?>) n).get("heredocs")) {
        out.add(((Map<?, ?>) h).get("name") + ":" + ((Map<?, ?>) h).get("content"));
      }
    }
    return out;
  }

  private static Map<?, ?> oracle(String text) throws IOException, InterruptedException {
    return OracleProcess.json(text);
  }
}
