package io.github.dockerdsl.rule.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dockerdsl.Dockerfile;
import io.github.dockerdsl.Stage;
import io.github.dockerdsl.instruction.Add;
import io.github.dockerdsl.rule.Rules;
import org.junit.jupiter.api.Test;

class RelativeCopyNeedsWorkdirTest {
  @Test
  void relative_copy_before_workdir_is_reported() {
    assertThat(Findings.of(Rules.RELATIVE_COPY_NEEDS_WORKDIR,
        Stage.from("node:20").as("build").copy("package.json", "./").workdir("/app").copy(".", ".")))
        .containsExactly("0/0 COPY to relative destination './' comes before any WORKDIR in stage 'build', so it "
            + "lands in whatever WORKDIR the base image set");
  }

  @Test
  void relative_add_is_reported_and_absolute_destinations_are_fine() {
    assertThat(Findings.of(Rules.RELATIVE_COPY_NEEDS_WORKDIR, Stage.from("node:20")
        .copy("a", "/app/a").add(Add.of("x.tar.gz", "opt/")).copy("b", "${DEST}")))
        .containsExactly("0/1 ADD to relative destination 'opt/' comes before any WORKDIR in stage FROM node:20, so "
            + "it lands in whatever WORKDIR the base image set");
  }

  @Test
  void a_stage_from_a_stage_with_workdir_inherits_it() {
    Stage base = Stage.from("node:20").as("base").workdir("/app").build();
    Stage middle = Stage.from(base).as("deps").build();
    Stage noWorkdir = Stage.from("node:20").as("other").build();
    assertThat(Findings.of(Rules.RELATIVE_COPY_NEEDS_WORKDIR, Dockerfile.builder().stage(base).stage(middle)
        .stage(noWorkdir).stage(Stage.from(middle).copy(".", ".").build())
        .stage(Stage.from(noWorkdir).copy(".", ".").build())))
        .containsExactly("4/0 COPY to relative destination '.' comes before any WORKDIR in stage FROM other, so it "
            + "lands in whatever WORKDIR the base image set");
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"COPY app.ps1 \"C:\\app\\app.ps1\"",
      "COPY app.ps1 'C:/app/'", "COPY app.sh \"/srv/app/\"", "COPY app.sh \"$APP_HOME\""})
  void quoted_absolute_destinations_are_read_without_their_quotes(String copy) {
    assertThat(ParsedFindings.of(Rules.RELATIVE_COPY_NEEDS_WORKDIR, "FROM node:20\nARG APP_HOME=/srv\n" + copy + "\n"))
        .isEmpty();
  }

  @org.junit.jupiter.api.Test
  void a_quoted_relative_destination_is_still_reported() {
    assertThat(ParsedFindings.of(Rules.RELATIVE_COPY_NEEDS_WORKDIR, "FROM node:20\nCOPY app.sh \"app/\"\n"))
        .hasSize(1);
  }
}
