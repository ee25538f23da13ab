package io.github.dockerdsl;

import io.github.dockerdsl.rule.Policy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dockerdsl.image.NamedContext;
import io.github.dockerdsl.image.StageRef;
import io.github.dockerdsl.instruction.Add;
import io.github.dockerdsl.instruction.Command;
import io.github.dockerdsl.instruction.Copy;
import io.github.dockerdsl.instruction.FileMode;
import io.github.dockerdsl.instruction.Healthcheck;
import io.github.dockerdsl.instruction.Heredoc;
import io.github.dockerdsl.instruction.Network;
import io.github.dockerdsl.instruction.Run;
import io.github.dockerdsl.instruction.Security;
import io.github.dockerdsl.mount.BindMount;
import io.github.dockerdsl.mount.CacheMount;
import io.github.dockerdsl.mount.SecretMount;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DockerfileTest {
  private static Dockerfile single(Stage.Builder stage) {
    return Dockerfile.builder().stage(stage.build()).build(Policy.none());
  }

  @Test
  void global_args_come_before_the_first_from() {
    Dockerfile df = Dockerfile.builder()
        .comment("header")
        .globalArg("NODE_VERSION", "20")
        .globalArg("REGISTRY")
        .stage(Stage.from("node:${NODE_VERSION}").build())
        .build(Policy.none());
    assertThat(df.toString()).isEqualTo("# header\nARG NODE_VERSION=20\nARG REGISTRY\n\nFROM node:${NODE_VERSION}\n");
    assertThat(df.globalArgs()).hasSize(2);
  }

  @Test
  void stages_are_separated_by_a_blank_line() {
    Stage build = Stage.from("alpine:3.20").as("build").run("make").build();
    Dockerfile df = Dockerfile.builder().stage(build)
        .stage(Stage.from("scratch").copyFrom(build, "/out", "/out").build()).build(Policy.none());
    assertThat(df.toString()).isEqualTo("FROM alpine:3.20 AS build\nRUN make\n\nFROM scratch\nCOPY --from=build /out /out\n");
    assertThat(df.finalStage().base().toString()).isEqualTo("scratch");
    assertThat(df.stage("build")).contains(build);
    assertThat(df.stage("nope")).isEmpty();
  }

  @Test
  void handler_style_stage() {
    Dockerfile df = Dockerfile.builder()
        .stage(Stage.from("alpine:3.20").as("app"), s -> s.workdir("/app").run("true"))
        .build(Policy.none());
    assertThat(df.toString()).isEqualTo("FROM alpine:3.20 AS app\nWORKDIR /app\nRUN true\n");
  }

  @Test
  void refuses_no_stages() {
    assertThatThrownBy(() -> Dockerfile.builder().build(Policy.none()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Dockerfile has no stages; add one with builder.stage(Stage.from(...))");
  }

  @Test
  void refuses_duplicate_stage_names() {
    Stage a = Stage.from("alpine:3.20").as("build").build();
    Stage b = Stage.from("debian:12").as("build").build();
    assertThatThrownBy(() -> Dockerfile.builder().stage(a).stage(Stage.from("scratch").build()).stage(b).build(Policy.none()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("stages 1 and 3 are both named 'build'; give each stage its own name");
  }

  @Test
  void refuses_a_reference_to_a_stage_not_in_the_file() {
    Stage build = Stage.from("alpine:3.20").as("build").build();
    Stage runtime = Stage.from("scratch").as("runtime").copyFrom(build, "/out", "/out").build();
    assertThatThrownBy(() -> Dockerfile.builder().stage(runtime).build(Policy.none()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("stage 'runtime' copies from stage 'build', which is not in this Dockerfile; "
            + "add it with builder.stage(...) before stage 'runtime'");
  }

  @Test
  void refuses_a_reference_to_a_later_stage() {
    Stage build = Stage.from("alpine:3.20").as("build").build();
    Stage runtime = Stage.from("scratch").copyFrom(build, "/out", "/out").build();
    assertThatThrownBy(() -> Dockerfile.builder().stage(runtime).stage(build).build(Policy.none()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("stage FROM scratch copies from stage 'build', which comes after it; "
            + "add stage 'build' before stage FROM scratch");
  }

  @Test
  void refuses_a_stage_that_references_itself() {
    Stage self = Stage.from("alpine:3.20").as("self").copy(Copy.of("/a", "/b").withFrom(new StageRef("self"))).build();
    assertThatThrownBy(() -> Dockerfile.builder().stage(self).build(Policy.none()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("stage 'self' copies from stage 'self', which is the stage itself; add stage 'self' before stage 'self'");
  }

  @Test
  void refuses_from_and_mount_references_to_later_stages() {
    Stage deps = Stage.from("node:20").as("deps").build();
    Stage fromLater = Stage.from(deps).as("app").build();
    assertThatThrownBy(() -> Dockerfile.builder().stage(fromLater).stage(deps).build(Policy.none()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("stage 'app' starts FROM stage 'deps', which comes after it; add stage 'deps' before stage 'app'");
    Stage mounts = Stage.from("node:20").as("test")
        .run(Run.shell("npm test").withMount(BindMount.of("/deps").withFrom(deps.ref()))).build();
    assertThatThrownBy(() -> Dockerfile.builder().stage(mounts).build(Policy.none()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("stage 'test' mounts from stage 'deps', which is not in this Dockerfile; "
            + "add it with builder.stage(...) before stage 'test'");
  }

  @Test
  void directives_render_first_then_a_blank_line() {
    Dockerfile df = Dockerfile.builder().syntax("docker/dockerfile:1.8").escape('`')
        .check(new CheckDirective(List.of("JSONArgsRecommended"), Optional.of(true)))
        .stage(Stage.from("alpine:3.20").build()).build(Policy.none());
    assertThat(df.toString()).isEqualTo(""
        + "# syntax=docker/dockerfile:1.8\n"
        + "# escape=`\n"
        + "# check=skip=JSONArgsRecommended;error=true\n"
        + "\n"
        + "FROM alpine:3.20\n");
  }

  @Test
  void escape_backtick_changes_continuations_and_quoting() {
    Dockerfile df = Dockerfile.builder().escape('`')
        .stage(Stage.from("mcr.microsoft.com/windows/servercore:ltsc2022")
            .workdir("C:\\app\\bin")
            .env("PATH_EXT", "C:\\tools\\x y")
            .env("TICK", "a`b")
            .run(Command.allOf("dir C:\\", "echo done"))
            .run(Run.shell("setup.exe").withMount(CacheMount.of("C:\\cache")))
            .build())
        .build(Policy.none());
    assertThat(df.toString()).isEqualTo(""
        + "# escape=`\n"
        + "\n"
        + "FROM mcr.microsoft.com/windows/servercore:ltsc2022\n"
        + "WORKDIR C:\\app\\bin\n"
        + "ENV PATH_EXT=\"C:\\tools\\x y\"\n"
        + "ENV TICK=\"a``b\"\n"
        + "RUN dir C:\\ `\n"
        + "    && echo done\n"
        + "RUN --mount=type=cache,target=C:\\cache `\n"
        + "    setup.exe\n");
  }

  @Test
  void escape_backtick_refuses_a_line_ending_in_a_backtick() {
    assertThatThrownBy(() -> Dockerfile.builder().escape('`')
        .stage(Stage.from("alpine:3.20").run("echo `").build()).build(Policy.none()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("RUN line 'echo `' ends with the escape character '`', which would join it with the next line; "
            + "remove the trailing '`' or quote it");
  }

  @Test
  void refuses_a_comment_that_looks_like_a_directive() {
    assertThatThrownBy(() -> Dockerfile.builder().comment("syntax=docker/dockerfile:1")
        .stage(Stage.from("alpine:3.20").build()).build(Policy.none()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("comment 'syntax=docker/dockerfile:1' at the top of the file would be read as a parser directive; "
            + "set directives with Dockerfile.builder().syntax(...)/escape(...)/check(...), or reword it");
    assertThatThrownBy(() -> Dockerfile.builder().comment(" Escape = `")
        .stage(Stage.from("alpine:3.20").build()).build(Policy.none()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("comment ' Escape = `' at the top of the file would be read as a parser directive");
  }

  @Test
  void a_directive_like_comment_is_fine_after_real_directives_or_later() {
    Dockerfile df = Dockerfile.builder().syntax("docker/dockerfile:1").comment("escape=`")
        .stage(Stage.from("alpine:3.20").comment("syntax=x").build()).build(Policy.none());
    assertThat(df.toString()).isEqualTo("# syntax=docker/dockerfile:1\n\n# escape=`\n\nFROM alpine:3.20\n# syntax=x\n");
    Dockerfile second = Dockerfile.builder().comment("header\nsyntax=x")
        .stage(Stage.from("alpine:3.20").build()).build(Policy.none());
    assertThat(second.toString()).startsWith("# header\n# syntax=x\n");
  }

  @Test
  void required_syntax_is_the_newest_feature_minimum() {
    assertThat(single(Stage.from("alpine:3.20").run("true")).requiredSyntax()).isEqualTo(SyntaxVersion.CLASSIC);
    Dockerfile df = single(Stage.from("alpine:3.20")
        .run(Run.shell("make").withMount(CacheMount.of("/c")))
        .copy(Copy.of("a", "/a").withLink()));
    assertThat(df.features()).containsExactlyInAnyOrder(Feature.RUN_MOUNT, Feature.LINK);
    assertThat(df.requiredSyntax()).isEqualTo(SyntaxVersion.of(1, 4));
  }

  @Test
  void every_feature_is_detected() {
    Dockerfile df = Dockerfile.builder().check(CheckDirective.errorOnFindings())
        .stage(Stage.from("alpine:3.20")
            .run(Run.shell("a").withMount(SecretMount.of("t").withEnv("T")).withNetwork(Network.NONE)
                .withSecurity(Security.INSECURE))
            .run(Command.heredoc(Heredoc.of("EOF", "x")))
            .copy(Copy.of("a", "/a").withChmod(FileMode.of("0644")).withLink().withParents().withExcludes("*.md"))
            .copy(Copy.of("b", "/b").withChmod(FileMode.of("u+x")).withFrom(NamedContext.of("ctx")))
            .add(Add.of("https://x/y", "/y").withChecksum("sha256:" + "0".repeat(64)).withUnpack(false))
            .healthcheck(Healthcheck.of("x").withStartInterval(Duration.ofSeconds(1)))
            .build())
        .build(Policy.none());
    assertThat(df.features()).containsExactlyInAnyOrder(Feature.values());
    assertThat(df.requiredSyntax()).isEqualTo(SyntaxVersion.of(1, 20));
  }

  @Test
  void onbuild_triggers_count_for_features() {
    Dockerfile df = single(Stage.from("alpine:3.20")
        .onBuild(Run.shell("make").withMount(CacheMount.of("/c"))));
    assertThat(df.features()).containsExactly(Feature.RUN_MOUNT);
  }

  @Test
  void declare_required_syntax_writes_the_oldest_sufficient_version() {
    Dockerfile df = Dockerfile.builder().declareRequiredSyntax()
        .stage(Stage.from("alpine:3.20").copy(Copy.of("a", "/a").withLink()).build()).build(Policy.none());
    assertThat(df.toString()).startsWith("# syntax=docker/dockerfile:1.4\n\nFROM alpine:3.20\n");
    assertThat(df.directives().syntax()).contains("docker/dockerfile:1.4");
  }

  @Test
  void declare_required_syntax_writes_nothing_for_a_classic_file() {
    Dockerfile df = Dockerfile.builder().declareRequiredSyntax().stage(Stage.from("alpine:3.20").build()).build(Policy.none());
    assertThat(df.toString()).isEqualTo("FROM alpine:3.20\n");
  }

  @Test
  void target_syntax_refuses_newer_features() {
    assertThatThrownBy(() -> Dockerfile.builder().targetSyntax(SyntaxVersion.ENGINE_20_10)
        .stage(Stage.from("alpine:3.20").as("app")
            .copy(Copy.of("a", "/a").withLink())
            .copy(Copy.of("b", "/b").withExcludes("*.md")).build())
        .build(Policy.none()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Dockerfile uses features that target syntax 1.2 does not support: "
            + "--link (needs 1.4, first used in stage 'app', COPY), "
            + "--exclude (needs 1.19, first used in stage 'app', COPY); remove them or target a newer frontend");
  }

  @Test
  void target_syntax_classic_refuses_mounts() {
    assertThatThrownBy(() -> Dockerfile.builder().targetSyntax(SyntaxVersion.CLASSIC)
        .stage(Stage.from("alpine:3.20").run(Run.shell("x").withMount(CacheMount.of("/c"))).build()).build(Policy.none()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Dockerfile uses features that target syntax 1.0 does not support: "
            + "RUN --mount (needs 1.2, first used in stage FROM alpine:3.20, RUN); remove them or target a newer frontend");
  }

  @Test
  void target_syntax_accepts_what_it_supports() {
    Dockerfile df = Dockerfile.builder().targetSyntax(SyntaxVersion.of(1, 4))
        .stage(Stage.from("alpine:3.20").copy(Copy.of("a", "/a").withLink()).build()).build(Policy.none());
    assertThat(df.targetSyntax()).contains(SyntaxVersion.of(1, 4));
  }

  @Test
  void syntax_directive_refuses_newer_features() {
    assertThatThrownBy(() -> Dockerfile.builder().syntax(SyntaxVersion.of(1, 3))
        .stage(Stage.from("alpine:3.20").run(Command.heredoc(Heredoc.of("EOF", "x"))).build()).build(Policy.none()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Dockerfile uses features that # syntax=docker/dockerfile:1.3 does not support: "
            + "heredocs (needs 1.4, first used in stage FROM alpine:3.20, RUN); remove them or target a newer frontend");
  }

  @Test
  void floating_and_foreign_syntax_directives_are_not_checked() {
    Stage.Builder s = Stage.from("alpine:3.20").copy(Copy.of("a", "/a").withParents());
    assertThat(Dockerfile.builder().syntax("docker/dockerfile:1").stage(s.build()).build(Policy.none()).directives().syntax())
        .contains("docker/dockerfile:1");
    assertThat(Dockerfile.builder().syntax("example.com/custom-frontend:2").stage(s.build()).build(Policy.none())).isNotNull();
  }

  @Test
  void check_directive_needs_1_8() {
    assertThatThrownBy(() -> Dockerfile.builder().syntax(SyntaxVersion.of(1, 7)).check(CheckDirective.errorOnFindings())
        .stage(Stage.from("alpine:3.20").build()).build(Policy.none()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Dockerfile uses features that # syntax=docker/dockerfile:1.7 does not support: "
            + "# check= directive (needs 1.8, first used in the parser directives); "
            + "remove them or target a newer frontend");
  }

  @Test
  void equality_and_to_builder() {
    Dockerfile a = single(Stage.from("alpine:3.20").run("true"));
    Dockerfile b = single(Stage.from("alpine:3.20").run("true"));
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.toBuilder().build(Policy.none())).isEqualTo(a);
    assertThat(a.toBuilder().escape('`').build(Policy.none())).isNotEqualTo(a);
    assertThat(a.toBuilder().replaceStages(List.of(Stage.from("debian:12").build())).build(Policy.none()).toString())
        .isEqualTo("FROM debian:12\n");
  }

  @Test
  void null_is_npe() {
    assertThatThrownBy(() -> Dockerfile.builder().stage((Stage) null)).isInstanceOf(NullPointerException.class)
        .hasMessage("stage == null");
    assertThatThrownBy(() -> Dockerfile.builder().targetSyntax(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("version == null");
  }
}
