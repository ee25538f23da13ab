package io.github.dockerdsl.parse;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

class DockerfileSyntaxExceptionTest {

  private static AbstractThrowableAssert<?, ? extends Throwable> parsing(String text) {
    return assertThatThrownBy(() -> DockerfileParser.parse(text)).isInstanceOf(DockerfileSyntaxException.class);
  }

  @Test
  void should_quote_the_line_with_a_marker_and_a_caret_under_the_column() {
    parsing("FROM alpine\n\nRNU apk add curl\n").hasMessage(""
        + "line 3, column 1: instruction 'RNU' is unknown; did you mean RUN?\n"
        + " 3 | >>> RNU apk add curl\n"
        + "   |     ^");
  }

  @Test
  void should_point_at_the_offending_flag_on_a_continuation_line() {
    parsing("FROM alpine\nRUN --mount=type=cache,target=/a \\\n    --mont=type=cache,target=/b make\n").hasMessage(""
        + "line 3, column 5: flag '--mont' is unknown for RUN; RUN takes --device, --mount, --network, --security\n"
        + " 3 | >>>     --mont=type=cache,target=/b make\n"
        + "   |         ^")
        .satisfies(e -> {
          DockerfileSyntaxException s = (DockerfileSyntaxException) e;
          org.assertj.core.api.Assertions.assertThat(s.line()).isEqualTo(3);
          org.assertj.core.api.Assertions.assertThat(s.column()).isEqualTo(5);
          org.assertj.core.api.Assertions.assertThat(s.problem())
              .isEqualTo("flag '--mont' is unknown for RUN; RUN takes --device, --mount, --network, --security");
        });
  }

  @Test
  void should_keep_tabs_so_the_caret_lines_up() {
    parsing("FROM alpine\n\tCOPY\t--form=x a /b\n").hasMessage(""
        + "line 2, column 7: flag '--form' is unknown for COPY; COPY takes --chmod, --chown, --exclude, --from, "
        + "--link, --parents\n"
        + " 2 | >>> \tCOPY\t--form=x a /b\n"
        + "   |     \t    \t^");
  }

  @Test
  void should_refuse_an_unterminated_heredoc() {
    parsing("FROM alpine\nRUN <<EOF\necho hi\n").hasMessage(""
        + "line 2, column 1: heredoc 'EOF' is not terminated; end it with a line 'EOF'\n"
        + " 2 | >>> RUN <<EOF\n"
        + "   |     ^");
  }

  @Test
  void should_refuse_an_instruction_before_from() {
    parsing("RUN make\nFROM alpine\n").hasMessage(""
        + "line 1, column 1: instruction 'RUN' comes before the first FROM; only ARG and comments may precede FROM\n"
        + " 1 | >>> RUN make\n"
        + "   |     ^");
  }

  @Test
  void should_refuse_a_file_without_from() {
    parsing("# nothing\n").hasMessage(""
        + "line 1, column 1: Dockerfile has no FROM instruction; start a stage with FROM <image>\n"
        + " 1 | >>> # nothing\n"
        + "   |     ^");
    parsing("").hasMessageStartingWith("line 1, column 1: Dockerfile has no FROM instruction");
  }

  @Test
  void should_refuse_a_repeated_directive_and_a_bad_escape() {
    parsing("# syntax=docker/dockerfile:1\n# Syntax=docker/dockerfile:1.4\nFROM alpine\n").hasMessage(""
        + "line 2, column 1: parser directive 'syntax' appears twice; each directive may be used once\n"
        + " 2 | >>> # Syntax=docker/dockerfile:1.4\n"
        + "   |     ^");
    parsing("# escape=x\nFROM alpine\n").hasMessage(""
        + "line 1, column 10: escape character 'x' is not allowed; use \\ or `\n"
        + " 1 | >>> # escape=x\n"
        + "   |              ^");
  }

  @Test
  void should_refuse_bad_from_lines_and_duplicate_stage_names() {
    parsing("FROM alpine AS a\nFROM debian AS A\n").hasMessage(""
        + "line 2, column 16: stage name 'A' is already used by the stage on line 1; give each stage its own name\n"
        + " 2 | >>> FROM debian AS A\n"
        + "   |                    ^");
    parsing("FROM alpine ASS a\n").hasMessageStartingWith(
        "line 1, column 13: FROM has 'ASS' where AS belongs; write FROM <image> AS <name>");
    parsing("FROM Alpine\n").hasMessageStartingWith("line 1, column 6: image reference 'Alpine' has an invalid "
        + "repository path component 'Alpine'; repository names must be lower case");
    parsing("FROM alpine AS scratch\n").hasMessageStartingWith("line 1, column 16: stage name 'scratch' is reserved");
  }

  @Test
  void should_refuse_onbuild_triggers_docker_refuses() {
    parsing("FROM alpine\nONBUILD ONBUILD RUN x\n").hasMessageStartingWith(
        "line 2, column 9: ONBUILD ONBUILD is not allowed; give the trigger instruction directly");
    parsing("FROM alpine\nONBUILD FROM x\n").hasMessageStartingWith(
        "line 2, column 9: FROM is not allowed as an ONBUILD trigger");
    parsing("FROM alpine\nONBUILD RUN <<EOF\n").hasMessageStartingWith(
        "line 2, column 9: heredoc 'EOF' is not terminated; end it with a line 'EOF'");
  }

  @Test
  void should_refuse_missing_arguments_and_malformed_values() {
    parsing("FROM alpine\nCOPY onlyone\n").hasMessageStartingWith(
        "line 2, column 1: COPY needs a source and a destination; write COPY <source>... <destination>");
    parsing("FROM alpine\nENV A=1 B\n").hasMessageStartingWith(
        "line 2, column 9: ENV word 'B' has no '='; write ENV <key>=<value> for every variable");
    parsing("FROM alpine\nSHELL /bin/bash -c\n").hasMessageStartingWith(
        "line 2, column 7: SHELL takes a JSON array; write SHELL [\"/bin/sh\", \"-c\"]");
    parsing("FROM alpine\nRUN --mount=type=nfs,target=/x make\n").hasMessageStartingWith(
        "line 2, column 5: mount type 'nfs' is not supported; use bind, cache, tmpfs, secret or ssh");
    parsing("FROM alpine\nWORKDIR\n").hasMessageStartingWith(
        "line 2, column 1: WORKDIR has no arguments; write WORKDIR <argument>");
  }
}
