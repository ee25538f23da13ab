package io.github.dockerdsl.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dockerdsl.Dockerfile;
import io.github.dockerdsl.Stage;
import io.github.dockerdsl.instruction.Command;
import io.github.dockerdsl.instruction.PackageInstall;
import io.github.dockerdsl.instruction.Run;
import io.github.dockerdsl.parse.DockerfileParser;
import io.github.dockerdsl.rule.Policy;
import io.github.dockerdsl.rule.PolicyViolationException;
import io.github.dockerdsl.rule.RuleId;
import io.github.dockerdsl.rule.Suppression;
import org.junit.jupiter.api.Test;

/** What the importer chooses to write, one decision per test; every result is also compiled and run. */
class JavaImporterTest {
  private static String source(String dockerfile) throws Exception {
    var file = JavaImporter.of("t", "T").toJavaFile(DockerfileParser.parse(dockerfile));
    InProcessCompiler.run(file);
    return file.toString();
  }

  @Test
  void names_are_checked_with_the_fix_in_the_message() {
    assertThatThrownBy(() -> JavaImporter.of("com.acme.1docker", "T")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("package name 'com.acme.1docker' is not a valid Java package name; use dot-separated identifiers "
            + "such as com.acme.docker");
    assertThatThrownBy(() -> JavaImporter.of("", "class")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("class name 'class' is not a valid Java class name; use an identifier such as ApiDockerfile");
  }

  @Test
  void a_source_name_cannot_break_out_of_the_class_comment() throws Exception {
    var file = JavaImporter.of("t", "T").withSourceName("odd/*/{@link x}/Dockerfile")
        .toJavaFile(DockerfileParser.parse("FROM alpine:3.20\nUSER 1000\n"));
    assertThat(file.toString()).contains(" * Imported from <code>odd/&#42;/&#123;&#64;link x&#125;/Dockerfile</code> by");
    InProcessCompiler.run(file);
  }

  @Test
  void stage_variables_are_camel_case_never_keywords_and_never_twice() throws Exception {
    String source = source("FROM alpine:3.20 AS builder-base\nRUN make\nFROM alpine:3.20 AS final\n"
        + "FROM alpine:3.20 AS builder_base\nFROM builder-base\nCOPY --from=final /a /b\nUSER 1000\n");
    assertThat(source).contains("Stage builderBase = Stage.from(\"alpine:3.20\").as(\"builder-base\")",
        "Stage finalStage = Stage.from(\"alpine:3.20\").as(\"final\")",
        "Stage builderBase2 = Stage.from(\"alpine:3.20\").as(\"builder_base\")",
        "Stage stage4 = Stage.from(builderBase)", ".copyFrom(finalStage, \"/a\", \"/b\")");
  }

  @Test
  void and_chains_become_all_of_and_other_multi_line_scripts_stay_lines() throws Exception {
    String source = source("FROM alpine:3.20\nRUN apk add --no-cache make \\\n    && make \\\n    && make install\n"
        + "RUN set -eux; \\\n    make; \\\n    make install\nUSER 1000\n");
    assertThat(source).contains(".run(Command.allOf(\n            \"apk add --no-cache make\",\n            \"make\",\n"
        + "            \"make install\"))", ".run(Command.shellLines(List.of(\n            \"set -eux;\",");
  }

  @Test
  void package_install_only_where_it_renders_the_run_exactly() throws Exception {
    Dockerfile exact = Dockerfile.builder().stage(Stage.from("debian:bookworm-slim")
        .run(PackageInstall.apt("ca-certificates", "curl").toRun()).user("1000").build()).build(Policy.none());
    assertThat(source(exact.toString())).contains(".run(PackageInstall.apt(\"ca-certificates\", \"curl\").toRun())");
    String other = source("FROM debian:bookworm-slim\nRUN apt-get update \\\n"
        + "    && apt-get install -y --no-install-recommends curl \\\n    && rm -rf /var/lib/apt/lists/* /tmp/*\n"
        + "USER 1000\n");
    assertThat(other).doesNotContain("PackageInstall").contains("Command.allOf(");
  }

  @Test
  void raw_instructions_say_why_above_them() throws Exception {
    String source = source("FROM alpine:3.20\nMAINTAINER me\nUSER 1000\n");
    assertThat(source).contains("        // MAINTAINER is deprecated; use LABEL org.opencontainers.image.authors=...\n"
        + "        .raw(\"MAINTAINER me\")\n        .suppress(\n            Rules.MAINTAINER_DEPRECATED,\n"
        + "            \"imported as is: MAINTAINER is deprecated;");
  }

  @Test
  void every_blocking_finding_gets_one_suppression_per_rule_and_instruction() throws Exception {
    var file = JavaImporter.of("t", "T").toJavaFile(DockerfileParser.parse(
        "FROM alpine\nCMD echo a\nCMD echo b\n"));
    Dockerfile imported = InProcessCompiler.run(file);
    assertThat(imported.stages().get(0).suppressions()).extracting(s -> s.rule().code(), Suppression::scope)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("DF001", Suppression.Scope.AT_FROM),
            org.assertj.core.groups.Tuple.tuple("DF002", Suppression.Scope.AT_FROM),
            org.assertj.core.groups.Tuple.tuple("DF004", Suppression.Scope.at(0)),
            org.assertj.core.groups.Tuple.tuple("DF020", Suppression.Scope.at(0)),
            org.assertj.core.groups.Tuple.tuple("DF004", Suppression.Scope.at(1)));
    assertThat(imported.stages().get(0).suppressions()).allSatisfy(s ->
        assertThat(s.reason()).startsWith("imported as is: ").endsWith("; review"));
  }

  @Test
  void without_suppressions_build_lists_the_violations() throws Exception {
    var file = JavaImporter.of("t", "T").withoutSuppressions().toJavaFile(DockerfileParser.parse("FROM alpine\n"));
    assertThat(file.toString()).doesNotContain("suppress");
    assertThatThrownBy(() -> InProcessCompiler.run(file)).isInstanceOfSatisfying(PolicyViolationException.class,
        e -> assertThat(e.violations()).extracting(v -> v.rule().code()).containsExactlyInAnyOrder("DF001", "DF002"));
  }

  @Test
  void a_waiver_of_a_company_rule_is_written_as_an_explicit_suppression() throws Exception {
    Dockerfile model = Dockerfile.builder().stage(Stage.from("alpine:3.20").user("1000").build()
            .toBuilder().suppression(new Suppression(RuleId.of("ACME001", "InternalRegistryOnly"), "base from the "
                + "mirror", Suppression.Scope.AT_FROM)).build())
        .build(Policy.none());
    var file = JavaImporter.of("t", "T").toJavaFile(model);
    assertThat(file.toString()).contains(".suppression(new Suppression(\n"
        + "            RuleId.of(\"ACME001\", \"InternalRegistryOnly\"),");
    assertThat(RoundTripTest.withoutImportedSuppressions(InProcessCompiler.run(file))).isEqualTo(model);
  }

  @Test
  void a_run_with_every_flag_uses_the_typed_mounts() throws Exception {
    Dockerfile model = Dockerfile.builder().stage(Stage.from("alpine:3.20").run(Run.of(Command.exec("make"))
        .withMount(io.github.dockerdsl.mount.SecretMount.of("npmrc").withTarget("/root/.npmrc").withRequired())
        .withMount(io.github.dockerdsl.mount.SshMount.DEFAULT.withRequired())
        .withNetwork(io.github.dockerdsl.instruction.Network.NONE)).user("1000").build()).build(Policy.none());
    var file = JavaImporter.of("t", "T").toJavaFile(model);
    assertThat(file.toString()).contains(".run(Run.of(Command.exec(\"make\"))\n"
        + "            .withMount(SecretMount.of(\"npmrc\").withTarget(\"/root/.npmrc\").withRequired())\n"
        + "            .withMount(SshMount.DEFAULT.withRequired())\n            .withNetwork(Network.NONE))");
    assertThat(RoundTripTest.withoutImportedSuppressions(InProcessCompiler.run(file))).isEqualTo(model);
  }
}
