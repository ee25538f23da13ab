package io.github.dockerdsl.examples.acme;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dockerdsl.cli.Main;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.approvaltests.Approvals;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worked example of docs/linter.md: ACME's company rule, packaged in a jar with a services file,
 * enforced on a hand-written Dockerfile by {@code dockerdsl lint --rules-jar}, as in the builder.
 */
class AcmeLintTest {
  private static final String RULE_CLASS = "io/github/dockerdsl/examples/acme/InternalRegistryOnly.class";
  private static final String SERVICES = "META-INF/services/io.github.dockerdsl.rule.Rule";

  @TempDir
  Path dir;
  private Path jar;
  private Path dockerfile;

  record Result(int code, String out, String err) {}

  private Result lint(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] all = new String[args.length + 1];
    all[0] = "lint";
    System.arraycopy(args, 0, all, 1, args.length);
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), all);
    return new Result(code, out.toString().replace(dir.toString(), "<dir>"), err.toString());
  }

  /** What `jar` or the maven-jar-plugin makes of a rules module: the class and its services file. */
  @BeforeEach
  void packageTheRulesJar() throws IOException {
    jar = dir.resolve("acme-rules.jar");
    try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
      copy(out, RULE_CLASS, RULE_CLASS);
      copy(out, "acme-rules/" + SERVICES, SERVICES);
    }
    dockerfile = dir.resolve("Dockerfile");
    try (InputStream in = resource("acme-lint/Dockerfile")) {
      Files.copy(in, dockerfile);
    }
  }

  private static void copy(JarOutputStream out, String resource, String entry) throws IOException {
    out.putNextEntry(new JarEntry(entry));
    try (InputStream in = resource(resource)) {
      in.transferTo(out);
    }
    out.closeEntry();
  }

  private static InputStream resource(String name) {
    InputStream in = AcmeLintTest.class.getClassLoader().getResourceAsStream(name);
    assertThat(in).as(name).isNotNull();
    return in;
  }

  @Test
  void the_company_rule_runs_in_dockerdsl_lint() {
    Result r = lint("--rules-jar", jar.toString(), dockerfile.toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isEqualTo(1);
    Approvals.verify(r.out());
  }

  @Test
  void without_the_jar_only_the_built_in_rules_run() {
    Result r = lint(dockerfile.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo("1 file checked: 0 errors, 0 warnings, 0 info; 0 suppressed\n");
  }

  @Test
  void the_config_file_names_the_jar_and_sets_the_company_rule_severity() throws IOException {
    Files.writeString(dir.resolve(".dockerdsl.toml"), String.join("\n",
        "[lint]",
        "rules-jars = [\"acme-rules.jar\"]",
        "",
        "[rules]",
        "ACME001 = \"warning\"",
        ""));
    Result r = lint(dockerfile.toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("<dir>/Dockerfile:1:1: warning: [ACME001 InternalRegistryOnly] base image "
        + "'node:20.11.1-bookworm-slim' does not come from registry.acme.internal")
        .endsWith("1 file checked: 0 errors, 1 warning, 0 info; 0 suppressed\n");
  }

  @Test
  void json_links_the_company_page_not_dockerdsl_docs() {
    Result r = lint("--rules-jar", jar.toString(), "--format", "json", dockerfile.toString());
    assertThat(r.out()).contains("\"docs\" : \"https://wiki.acme.internal/docker/rules/ACME001\"")
        .doesNotContain("docs/rules/ACME001");
  }
}
