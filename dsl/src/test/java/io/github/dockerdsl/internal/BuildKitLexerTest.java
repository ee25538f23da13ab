package io.github.dockerdsl.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dockerdsl.internal.BuildKitLexer.FoundHeredoc;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The port of BuildKit's lexer reads as BuildKit does (cases from BuildKit's sources and tests). */
class BuildKitLexerTest {
  @Test
  void heredocs_are_found_on_the_whole_line() throws Exception {
    assertThat(BuildKitLexer.heredocs("RUN <<EOF")).containsExactly(new FoundHeredoc("EOF", false, true));
    assertThat(BuildKitLexer.heredocs("COPY <<-\"A\" <<B /d/"))
        .containsExactly(new FoundHeredoc("A", true, false), new FoundHeredoc("B", false, true));
    assertThat(BuildKitLexer.heredocs("RUN cat << EOF")).containsExactly(new FoundHeredoc("EOF", false, true));
    assertThat(BuildKitLexer.heredocs("COPY a 1<<EOF")).containsExactly(new FoundHeredoc("EOF", false, true));
    assertThat(BuildKitLexer.heredocs("RUN echo '<<EOF'")).isEmpty();
    assertThat(BuildKitLexer.heredocs("RUN cat <<<EOF")).isEmpty();
  }

  @Test
  void a_line_that_does_not_lex_hides_its_heredocs() throws Exception {
    assertThat(BuildKitLexer.heredocs("COPY <<EOF /x${")).isEmpty();
    assertThat(BuildKitLexer.heredocLexError("COPY <<EOF /x${")).contains("syntax error: missing '}'");
    assertThat(BuildKitLexer.heredocLexError("RUN cat <<EOF '")).contains(
        "unexpected end of statement while looking for matching single-quote");
    assertThat(BuildKitLexer.heredocLexError("RUN --mount=target=/c${#X} <<EOF"))
        .contains("unsupported modifier (X) in substitution");
  }

  @Test
  void expansion_keeps_variables_and_consumes_quotes_and_escapes() throws Exception {
    assertThat(BuildKitLexer.processWord("$HOME/${A:-x y}/${B}", '\\')).isEqualTo("$HOME/${A:-x y}/${B}");
    assertThat(BuildKitLexer.processWord("C:\\app", '\\')).isEqualTo("C:app");
    assertThat(BuildKitLexer.processWord("C:\\app", '`')).isEqualTo("C:\\app");
    assertThat(BuildKitLexer.processWord("\"a \\\"b\\\"\"", '\\')).isEqualTo("a \"b\"");
    assertThatThrownBy(() -> BuildKitLexer.processWord("'a", '\\'))
        .hasMessage("unexpected end of statement while looking for matching single-quote");
  }

  @Test
  void go_spaces_include_no_break_spaces() {
    assertThat(BuildKitLexer.isBlank("\u00a0\u2007\u202f\u3000")).isTrue();
    assertThat(BuildKitLexer.isBlank("\u200b")).isFalse();
    assertThat(BuildKitLexer.isSpace(0x1c)).isFalse();
  }

  @Test
  void directives_are_read_as_buildkit_reads_them() {
    assertThat(BuildKitDirectives.directives("# \u00a0syntax = evil\n# escape=`\n\nFROM a\n"))
        .containsExactly("syntax=evil", "escape=`");
    assertThat(BuildKitDirectives.directives("# syntax=a\u2028b\n")).containsExactly("syntax=a\u2028b");
    assertThat(BuildKitDirectives.directives("# note\n# syntax=x\n")).isEmpty();
    assertThat(BuildKitDirectives.directives("#!/bin/sh\n# syntax=x\n")).containsExactly("|", "syntax=x");
  }

  @Test
  void exec_form_is_a_whole_json_array() {
    assertThat(BuildKitJson.isJsonArray("[\"a\", \"b\"]")).isTrue();
    assertThat(BuildKitJson.isJsonArray("  []")).isTrue();
    assertThat(BuildKitJson.isJsonArray("[1, {\"a\": null}]")).isTrue();
    assertThat(BuildKitJson.isJsonArray("[ -f x ]")).isFalse();
    assertThat(BuildKitJson.isJsonArray("[\"a\"] && b")).isFalse();
    assertThat(List.of(BuildKitJson.isJsonArray("echo [\"a\"]"))).containsExactly(false);
  }
}
