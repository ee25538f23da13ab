package io.github.dockerdsl.rule.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dockerdsl.Dockerfile;
import io.github.dockerdsl.Stage;
import io.github.dockerdsl.image.Platform;
import io.github.dockerdsl.instruction.Env;
import io.github.dockerdsl.rule.Rules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UndefinedVariableTest {
  @Test
  void global_arg_used_in_a_stage_without_redeclaration_says_so() {
    assertThat(Findings.of(Rules.UNDEFINED_VARIABLE, Dockerfile.builder().globalArg("APP_DIR", "/srv/app")
        .stage(Stage.from("node:20").as("runtime").workdir("${APP_DIR}").build())))
        .containsExactly("0/0 variable 'APP_DIR' is used in WORKDIR; it is declared globally but not re-declared in "
            + "stage 'runtime'; add .arg(\"APP_DIR\") to the stage");
  }

  @Test
  void redeclared_global_arg_is_fine() {
    assertThat(Findings.of(Rules.UNDEFINED_VARIABLE, Dockerfile.builder().globalArg("APP_DIR", "/srv/app")
        .stage(Stage.from("node:20").arg("APP_DIR").workdir("${APP_DIR}").build()))).isEmpty();
  }

  @Test
  void variable_used_before_its_arg_is_reported() {
    assertThat(Findings.of(Rules.UNDEFINED_VARIABLE, Stage.from("scratch").copy("app", "/opt/$NAME/").arg("NAME", "x")
        .copy("app", "/opt/$NAME/")))
        .containsExactly("0/0 variable 'NAME' is used in COPY but no ARG or ENV defines it before, so it expands to "
            + "an empty string");
  }

  @Test
  void image_bases_are_named_as_a_possible_source() {
    assertThat(Findings.violations(Rules.UNDEFINED_VARIABLE,
        Dockerfile.builder().stage(Stage.from("node:20").label("version", "${RELEASE}").build())))
        .singleElement().satisfies(v -> {
          assertThat(v.message()).isEqualTo("variable 'RELEASE' is used in LABEL but no ARG or ENV defines it before "
              + "(unless base image 'node:20' sets it), so it expands to an empty string");
          assertThat(v.fix()).isEqualTo("declare it first with .arg(\"RELEASE\") or .env(\"RELEASE\", \"<value>\"), "
              + "or give a fallback with ${RELEASE:-<default>}; if the base image sets it, suppress this with that reason");
        });
  }

  @Test
  void env_does_not_see_its_own_values() {
    assertThat(Findings.of(Rules.UNDEFINED_VARIABLE,
        Stage.from("scratch").instruction(Env.of("APP_HOME", "/app").and("APP_BIN", "$APP_HOME/bin"))))
        .containsExactly("0/0 variable 'APP_HOME' is used in the same ENV that defines it; an ENV does not see its "
            + "own values");
    assertThat(Findings.of(Rules.UNDEFINED_VARIABLE,
        Stage.from("scratch").env("APP_HOME", "/app").env("APP_BIN", "$APP_HOME/bin"))).isEmpty();
  }

  @Test
  void from_lines_see_global_args_and_predefined_ones() {
    assertThat(Findings.of(Rules.UNDEFINED_VARIABLE, Dockerfile.builder().globalArg("NODE", "20")
        .stage(Stage.from("node:${NODE}").platform(Platform.BUILDPLATFORM).build())
        .stage(Stage.from("node:${NODE_MAJOR}").build())))
        .containsExactly("1/-1 variable 'NODE_MAJOR' is used in FROM but no global ARG declares it; FROM sees only "
            + "ARGs before the first FROM");
  }

  @Test
  void global_arg_defaults_see_earlier_global_args() {
    assertThat(Findings.of(Rules.UNDEFINED_VARIABLE, Dockerfile.builder().globalArg("IMAGE", "node:${VERSION}")
        .globalArg("VERSION", "20").globalArg("FULL", "${IMAGE}-${TARGETARCH}").stage(Stage.from("node:20").build())))
        .containsExactly("-1/0 variable 'VERSION' is used in the default of global ARG 'IMAGE' but no earlier global "
            + "ARG declares it");
  }

  @Test
  void env_and_args_are_inherited_from_parent_stages_as_buildkit_does() {
    // BuildKit: a stage FROM an earlier stage sees that stage's ARGs (docs/rules/DF014.md shows the real build)
    Stage base = Stage.from("scratch").as("base").arg("TOOL", "x").env("APP_HOME", "/app").build();
    Stage other = Stage.from("scratch").as("other").arg("ONLY_HERE", "y").build();
    assertThat(Findings.of(Rules.UNDEFINED_VARIABLE, Dockerfile.builder().stage(base).stage(other)
        .stage(Stage.from(base).workdir("$APP_HOME").user("$TOOL").label("x", "$ONLY_HERE").build())))
        .containsExactly("2/2 variable 'ONLY_HERE' is used in LABEL but no ARG or ENV defines it before, so it "
            + "expands to an empty string");
  }

  @Test
  void env_copying_a_build_arg_of_the_same_name_is_told_to_declare_the_arg() {
    assertThat(ParsedFindings.violations(Rules.UNDEFINED_VARIABLE, "FROM node:20\nENV NPM_TOKEN=${NPM_TOKEN}\n"))
        .singleElement().satisfies(v -> {
          assertThat(v.message()).isEqualTo("ENV NPM_TOKEN copies the variable 'NPM_TOKEN', but no ARG defines it "
              + "before, so NPM_TOKEN is set to an empty string");
          assertThat(v.fix()).isEqualTo("to pass a build argument in, declare ARG NPM_TOKEN before the ENV (if it is "
              + "a secret, use a secret mount instead: the ENV would keep it in the image, see DF003); otherwise "
              + "write the value itself");
        });
    assertThat(ParsedFindings.violations(Rules.UNDEFINED_VARIABLE, "FROM node:20\nENV A=1 B=$A\n"))
        .singleElement().satisfies(v -> assertThat(v.fix())
            .isEqualTo("set 'A' in its own ENV instruction before the ENV that uses it"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"${MISSING:-/app}", "${MISSING-/app}", "${MISSING:+/x}", "$$", "/price/$5", "\\$MISSING",
      "$PATH:/app/bin", "${TARGETARCH}", "$http_proxy", "$HOME/.cache"})
  void fallbacks_predefined_and_base_image_variables_are_fine(String path) {
    assertThat(Findings.of(Rules.UNDEFINED_VARIABLE, Stage.from("node:20").workdir(path))).isEmpty();
  }

  @Test
  void home_is_not_assumed_on_scratch_and_each_name_is_reported_once() {
    assertThat(Findings.of(Rules.UNDEFINED_VARIABLE, Stage.from("scratch").volume("$HOME/a", "${HOME}/b")))
        .containsExactly("0/0 variable 'HOME' is used in VOLUME but no ARG or ENV defines it before, so it expands to "
            + "an empty string");
  }

  @Test
  void run_scripts_and_raw_instructions_other_than_expose_are_left_alone() {
    assertThat(Findings.of(Rules.UNDEFINED_VARIABLE, Stage.from("scratch").run("echo $UNDEFINED")
        .raw("STOPSIGNAL $SIG").raw("EXPOSE $PORT")))
        .containsExactly("0/2 variable 'PORT' is used in EXPOSE but no ARG or ENV defines it before, so it expands to "
            + "an empty string");
  }
}
