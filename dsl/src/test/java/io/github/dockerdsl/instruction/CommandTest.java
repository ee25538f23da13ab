package io.github.dockerdsl.instruction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommandTest {
  @Test
  void shell_lines_are_joined_by_continuations() {
    assertThat(Run.of(Command.shellLines(List.of("./configure", "&& make", "&& make install"))).toString())
        .isEqualTo("RUN ./configure \\\n    && make \\\n    && make install");
  }

  @Test
  void script_joins_lines_with_spaces() {
    assertThat(Command.allOf("a", "b").script()).isEqualTo("a && b");
  }

  @Test
  void shell_exec_keeps_signals_by_exec() {
    assertThat(Command.shellExec("node server.js --port $PORT").argv())
        .containsExactly("/bin/sh", "-c", "exec node server.js --port $PORT");
    assertThat(Cmd.of(Command.shellExec("nginx -g 'daemon off;'")).toString())
        .isEqualTo("CMD [\"/bin/sh\", \"-c\", \"exec nginx -g 'daemon off;'\"]");
  }

  @Test
  void shell_exec_refuses_line_breaks() {
    assertThatThrownBy(() -> Command.shellExec("a\nb"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("script 'a\\nb' contains a line break, which would end the instruction; join commands with ' && '");
  }

  @Test
  void refuses_a_line_break_in_a_shell_command() {
    assertThatThrownBy(() -> Command.shell("echo a\necho b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("shell command 'echo a\\necho b' contains a line break, which would end the instruction; "
            + "join commands with ' && ', pass one line per list element with Command.shellLines, or use a heredoc");
  }

  @Test
  void refuses_a_carriage_return_and_control_characters() {
    assertThatThrownBy(() -> Command.shell("echo a\rb"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("shell command 'echo a\\rb' contains a line break");
    assertThatThrownBy(() -> Command.shell("echo \u0007"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("shell command 'echo \\u0007' contains the control character U+0007; "
            + "join commands with ' && ', pass one line per list element with Command.shellLines, or use a heredoc");
  }

  @Test
  void refuses_empty_and_blank_lines() {
    assertThatThrownBy(() -> Command.shellLines(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("shell command has no lines; pass at least one command");
    assertThatThrownBy(() -> Command.shellLines(List.of("a", "  ")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("shell command line 2 is blank; empty continuation lines are deprecated, remove it");
  }

  @Test
  void refuses_a_continuation_line_that_is_a_comment() {
    assertThatThrownBy(() -> Command.shellLines(List.of("a", "  # note")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("shell command line '  # note' starts with '#', which Docker reads as a comment and drops; "
            + "move the comment out of the command");
  }

  @Test
  void refuses_whitespace_the_writer_or_formatter_would_change() {
    assertThatThrownBy(() -> Command.shellLines(List.of(" a")))
        .hasMessage("shell command ' a' starts with whitespace, which BuildKit drops; remove it");
    assertThatThrownBy(() -> Command.shellLines(List.of("a ", "b")))
        .hasMessage("shell command line 'a ' ends with whitespace, which the formatter would drop; remove it");
  }

  @Test
  void keeps_the_indentation_of_a_continuation_line() {
    // BuildKit keeps a continuation line's leading whitespace; the writer puts it past its own four spaces
    assertThat(Command.shellLines(List.of("apt-get install -y", "    curl", "  && b")).lines()).containsExactly(
        "apt-get install -y", "    curl", "  && b");
  }

  @Test
  void null_arguments_are_npe() {
    assertThatThrownBy(() -> Command.shell(null)).isInstanceOf(NullPointerException.class).hasMessage("line == null");
    assertThatThrownBy(() -> Command.exec("a", null)).isInstanceOf(NullPointerException.class)
        .hasMessage("argv[1] == null");
    assertThatThrownBy(() -> Command.allOf("a", (String) null)).isInstanceOf(NullPointerException.class)
        .hasMessage("command == null");
  }

  @Test
  void heredoc_form_needs_every_marker_in_order() {
    assertThatThrownBy(() -> Command.heredocs("cat > /x", Heredoc.of("EOF", "x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("heredoc command line 'cat > /x' does not contain the marker '<<EOF' as a word of its own; "
            + "write the marker where the document goes");
    assertThatThrownBy(() -> Command.heredocs("<<B cat && <<A cat", Heredoc.of("A", "a"), Heredoc.of("B", "b")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("heredoc command line '<<B cat && <<A cat' does not contain the marker '<<B' as a word of its own; "
            + "write the marker where the document goes");
  }

  @Test
  void heredoc_marker_must_be_a_word_of_its_own() {
    assertThatThrownBy(() -> Command.heredocs("cat<<EOF", Heredoc.of("EOF", "x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("heredoc command line 'cat<<EOF' does not contain the marker '<<EOF' as a word of its own; "
            + "write the marker where the document goes");
    assertThatThrownBy(() -> Command.heredocs("cat <<EOFX", Heredoc.of("EOF", "x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("heredoc command line 'cat <<EOFX' does not contain the marker '<<EOF'");
    assertThatThrownBy(() -> Command.heredocs("cat\\ <<EOF", Heredoc.of("EOF", "x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("heredoc command line 'cat\\ <<EOF' does not contain the marker '<<EOF'");
    assertThatThrownBy(() -> Command.heredocs("echo \"a <<EOF", Heredoc.of("EOF", "x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("heredoc command line 'echo \"a <<EOF' does not contain the marker '<<EOF'");
    assertThat(Command.heredocs("python3 <<EOF > /out", Heredoc.of("EOF", "x")).commandLine())
        .isEqualTo("python3 <<EOF > /out");
  }

  @Test
  void heredoc_form_refuses_markers_without_a_document() {
    assertThatThrownBy(() -> Command.heredocs("<<A cat && <<B cat", Heredoc.of("A", "a")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("heredoc command line '<<A cat && <<B cat' has a '<<' that is not the marker of one of its "
            + "documents, which BuildKit would read as another heredoc; pass a Heredoc for each marker, "
            + "or use '<<<' for a here-string");
    assertThat(Command.heredocs("<<A cat <<< x", Heredoc.of("A", "a")).heredocs()).hasSize(1);
  }

  @Test
  void heredoc_form_needs_a_document() {
    assertThatThrownBy(() -> Command.heredocs("cat"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("heredoc command 'cat' has no documents; pass at least one Heredoc");
  }

  @Test
  void heredoc_form_refuses_a_trailing_backslash_and_line_breaks() {
    assertThatThrownBy(() -> Command.heredocs("<<EOF sh \\", Heredoc.of("EOF", "x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("heredoc command line '<<EOF sh \\' ends with a backslash, which would swallow the next line");
    assertThatThrownBy(() -> Command.heredocs("<<EOF\nsh", Heredoc.of("EOF", "x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("heredoc command line '<<EOF\\nsh' contains a line break, which would end the instruction; "
            + "put multi-line content inside the heredoc");
  }
}
