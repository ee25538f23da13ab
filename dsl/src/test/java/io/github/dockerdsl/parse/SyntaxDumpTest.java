package io.github.dockerdsl.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The syntax layer in BuildKit's AST-dump format: one line per case, and the same dump computed from
 * what BuildKit's own parser ({@code buildkit-parse}) reads, for every case and every corpus file.
 */
class SyntaxDumpTest {
  private static final Path ORACLE = OracleProcess.ORACLE;

  /** A text and its dump, as BuildKit's parser tests write them. */
  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("FROM --platform=linux a AS b\n", "(from [\"--platform=linux\"] \"a\" \"AS\" \"b\")"),
        Arguments.of("FROM a\nENV a=1 b=\"x y\"\n", "(from \"a\")\n(env \"a\" \"1\" \"=\" \"b\" \"\\\"x y\\\"\" \"=\")"),
        Arguments.of("FROM a\nENV legacy value here\n", "(from \"a\")\n(env \"legacy\" \"value here\" \"\")"),
        Arguments.of("FROM a\nRUN echo hi   \n", "(from \"a\")\n(run \"echo hi\")"),
        Arguments.of("FROM a\nCMD [\"a\", \"b\"]\n", "(from \"a\")\n(cmd \"a\" \"b\")"),
        Arguments.of("FROM a\nCMD ['a']\n", "(from \"a\")\n(cmd \"['a']\")"),
        Arguments.of("FROM a\nONBUILD RUN x\n", "(from \"a\")\n(onbuild (run \"x\"))"),
        Arguments.of("FROM a\nHEALTHCHECK --interval=5s CMD curl -f x\n",
            "(from \"a\")\n(healthcheck [\"--interval=5s\"] \"CMD\" \"curl -f x\")"),
        Arguments.of("FROM a\nCOPY --from=b a  b /c/\n", "(from \"a\")\n(copy [\"--from=b\"] \"a\" \"b\" \"/c/\")"),
        Arguments.of("FROM a\nRUN <<EOF cat\nhello\nEOF\n", "(from \"a\")\n(run \"<<EOF cat\")"),
        Arguments.of("FROM a\nARG x=1 y\n", "(from \"a\")\n(arg \"x=1\" \"y\")"),
        Arguments.of("FROM a\nRUN --mount=type=cache,target=\"/a b\" \\\n  make\n",
            "(from \"a\")\n(run [\"--mount=type=cache,target=/a b\"] \"make\")"),
        Arguments.of("FROM a\nENV WINPATH=C:\\\\\nRUN echo done\n",
            "(from \"a\")\n(env \"WINPATH\" \"C:\\\\\\\\\" \"=\")\n(run \"echo done\")"),
        Arguments.of("# escape=`\nFROM a\nRUN dir `\n  c:\\\n", "(from \"a\")\n(run \"dir   c:\\\\\")"),
        Arguments.of("FROM a\nRUN printf \"%s\" \"left \\\n        right\"\n",
            "(from \"a\")\n(run \"printf \\\"%s\\\" \\\"left         right\\\"\")"),
        Arguments.of("FROM a\nbogus x\n", "(from \"a\")\n(bogus \"\")"),
        Arguments.of("FROM a\nLABEL a=\"\u00e9\t\u0001\"\n", "(from \"a\")\n(label \"a\" \"\\\"\u00e9\\t\\x01\\\"\" \"=\")"));
  }

  /** Texts BuildKit's syntax layer refuses. */
  static Stream<String> refused() {
    return Stream.of("", "# only a comment\n", "FROM a\nENV novalue\n", "FROM a\nENV a=1 b\n", "FROM a\nRUN [1, 2]\n",
        "FROM a\nRUN <<EOF\nnot terminated\n");
  }

  @ParameterizedTest
  @MethodSource("cases")
  void dumps_the_syntax_layer_as_buildkit_does(String text, String dump) {
    assertThat(SyntaxDump.dump(text)).isEqualTo(dump + "\n");
  }

  @ParameterizedTest
  @MethodSource("refused")
  void refuses_what_the_syntax_layer_of_buildkit_refuses(String text) {
    assertThatThrownBy(() -> SyntaxDump.dump(text)).isInstanceOf(DockerfileSyntaxException.class);
  }

  /** Every case, every refused text, every corpus file and every approved Dockerfile. */
  static Stream<Arguments> conformance() throws IOException {
    List<Arguments> out = new ArrayList<>();
    cases().forEach(a -> out.add(Arguments.of("case " + a.get()[0], a.get()[0])));
    refused().forEach(t -> out.add(Arguments.of("refused " + t, t)));
    // the corpus and every approved Dockerfile of this module's tests (writer and formatter output)
    try (Stream<Path> files = Files.walk(Path.of("src/test"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".Dockerfile") && !f.toString().contains(".received."))
          .sorted().toList()) {
        out.add(Arguments.of(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8)));
      }
    }
    BuildKitConformanceTest.read().forEach(a -> out.add(Arguments.of("conformance " + a.get()[0], a.get()[0])));
    BuildKitConformanceTest.refused().forEach(t -> out.add(Arguments.of("conformance " + t, t)));
    HeredocReadingTest.texts().forEach(t -> out.add(Arguments.of("heredoc " + t, t)));
    return out.stream();
  }

  @Tag("buildkit")
  @ParameterizedTest(name = "{0}")
  @MethodSource("conformance")
  void our_syntax_dump_is_buildkits(String name, String text) throws Exception {
    assumeTrue(Files.isExecutable(ORACLE), "BuildKit's parser is not installed at " + ORACLE
        + " (build it with /work/shared/tools/buildkit-parse/build.sh, or pass -Ddockerdsl.buildkitParse=...); skipped");
    Map<?, ?> oracle = oracle(text);
    if (oracle.containsKey("error")) {
      assertThatThrownBy(() -> SyntaxDump.dump(text)).as("BuildKit refuses it: %s", oracle.get("error"))
          .isInstanceOf(DockerfileSyntaxException.class);
      return;
    }
    StringBuilder expected = new StringBuilder();
    List<String> expectedHeredocs = new ArrayList<>();
    for (Object n : (List<?>) oracle.get("nodes")) {
      expected.append('(').append(dump((Map<?, ?>) n)).append(")\n");
      for (Object h : (List<?>) ((Map<?, ?>) n).get("heredocs")) {
        Map<?, ?> doc = (Map<?, ?>) h;
        expectedHeredocs.add(doc.get("name") + ":" + doc.get("content"));
      }
    }
    assertThat(SyntaxDump.dump(text)).isEqualTo(expected.toString());
    assertThat(heredocs(text)).isEqualTo(expectedHeredocs);
  }

  /** The heredoc bodies our syntax layer reads, as {@code name:content} with BuildKit's newlines. */
  private static List<String> heredocs(String text) {
    SyntaxReader reader = new SyntaxReader(text);
    List<String> out = new ArrayList<>();
    for (SyntaxNode item = reader.next(); item != null; item = reader.next()) {
      if (item instanceof SyntaxNode.Instruction node) {
        for (SyntaxNode.Body body : node.heredocs) {
          StringBuilder content = new StringBuilder();
          body.lines().forEach(l -> content.append(l).append('\n'));
          out.add(body.name() + ":" + content);
        }
      }
    }
    return out;
  }

  /** BuildKit's {@code Node.Dump()} of one oracle node. */
  private static String dump(Map<?, ?> node) {
    StringBuilder out = new StringBuilder((String) node.get("keyword"));
    List<?> flags = (List<?>) node.get("flags");
    if (!flags.isEmpty()) {
      out.append(" [").append(String.join(" ", flags.stream().map(f -> SyntaxDump.goQuote((String) f)).toList()))
          .append(']');
    }
    if (node.get("trigger") != null) {
      return out.append(" (").append(dump((Map<?, ?>) node.get("trigger"))).append(')').toString();
    }
    boolean pairs = node.get("keyword").equals("env") || node.get("keyword").equals("label");
    for (Object v : (List<?>) node.get("values")) {
      String value = (String) v;
      if (pairs) {
        // "k=v" for the key=value form, "k v" for the legacy form (whose key has no whitespace)
        int eq = value.indexOf('=');
        int space = value.indexOf(' ');
        boolean legacy = space >= 0 && (eq < 0 || space < eq);
        int at = legacy ? space : eq;
        out.append(' ').append(SyntaxDump.goQuote(value.substring(0, at))).append(' ')
            .append(SyntaxDump.goQuote(value.substring(at + 1))).append(' ').append(legacy ? "\"\"" : "\"=\"");
      } else {
        out.append(' ').append(SyntaxDump.goQuote(value));
      }
    }
    return out.toString();
  }

  private static Map<?, ?> oracle(String text) throws IOException, InterruptedException {
    return OracleProcess.json(text);
  }
}
