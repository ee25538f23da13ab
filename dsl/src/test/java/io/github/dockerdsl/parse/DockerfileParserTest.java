package io.github.dockerdsl.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dockerdsl.Dockerfile;
import io.github.dockerdsl.Origin;
import io.github.dockerdsl.Stage;
import io.github.dockerdsl.image.ImageRef;
import io.github.dockerdsl.image.NamedContext;
import io.github.dockerdsl.image.StageRef;
import io.github.dockerdsl.instruction.Add;
import io.github.dockerdsl.instruction.Arg;
import io.github.dockerdsl.instruction.Command;
import io.github.dockerdsl.instruction.Comment;
import io.github.dockerdsl.instruction.Copy;
import io.github.dockerdsl.instruction.Env;
import io.github.dockerdsl.instruction.Healthcheck;
import io.github.dockerdsl.instruction.Heredoc;
import io.github.dockerdsl.instruction.Instruction;
import io.github.dockerdsl.instruction.KeyValue;
import io.github.dockerdsl.instruction.OnBuild;
import io.github.dockerdsl.instruction.Raw;
import io.github.dockerdsl.instruction.Run;
import io.github.dockerdsl.mount.BindMount;
import io.github.dockerdsl.mount.CacheMount;
import io.github.dockerdsl.mount.SecretMount;
import io.github.dockerdsl.mount.SshMount;
import io.github.dockerdsl.mount.TmpfsMount;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DockerfileParserTest {

  private static Dockerfile df(String text) {
    return DockerfileParser.parse(text).dockerfile();
  }

  private static Instruction first(String body) {
    return df("FROM alpine:3.20\n" + body).stages().get(0).instructions().get(0);
  }

  @Test
  void should_read_directives_case_insensitively() {
    Dockerfile d = df("# SYNTAX = docker/dockerfile:1.8\n#Escape=`\n# check=skip=JSONArgsRecommended;error=true\n"
        + "FROM alpine\n");
    assertThat(d.directives().syntax()).contains("docker/dockerfile:1.8");
    assertThat(d.directives().escape()).contains('`');
    assertThat(d.directives().check().get().value()).isEqualTo("skip=JSONArgsRecommended;error=true");
  }

  @Test
  void should_treat_directives_after_a_comment_or_blank_line_as_comments() {
    Dockerfile d = df("# unknown=1\n# syntax=docker/dockerfile:1\nFROM alpine\n");
    assertThat(d.directives().syntax()).isEmpty();
    assertThat(d.preamble()).containsExactly(Comment.of("unknown=1\nsyntax=docker/dockerfile:1"));
    assertThat(df("# hello\n# escape=`\nFROM alpine\nRUN a \\\n b\n").directives().escape()).isEmpty();
    // after a blank line it is a comment, but one that would become a directive when written first
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> df("\n# escape=`\nFROM alpine\n"))
        .isInstanceOf(DockerfileSyntaxException.class)
        .hasMessageStartingWith("line 2, column 1: comment 'escape=`' at the top of the file would be read as a "
            + "parser directive");
  }

  @Test
  void should_read_case_insensitive_keywords_and_record_how_they_were_written() {
    ParsedDockerfile p = DockerfileParser.parse("from alpine as Build\nrun echo hi\n");
    assertThat(p.dockerfile().stages().get(0).name()).contains("build");
    StageSource s = p.facts().stages().get(0);
    assertThat(s.asKeyword()).contains("as");
    assertThat(s.nameAsWritten()).contains("Build");
    assertThat(s.instructions().get(0).keyword()).isEqualTo("run");
    assertThat(p.dockerfile().toString()).isEqualTo("FROM alpine AS build\nRUN echo hi\n");
  }

  @Test
  void should_keep_one_shell_line_per_physical_line_and_move_comments_out_of_continuations() {
    ParsedDockerfile p = DockerfileParser.parse("FROM alpine\nRUN apk add \\\n      curl \\\n  # tools\n\n"
        + "  && echo done\n");
    Stage stage = p.dockerfile().stages().get(0);
    assertThat(stage.instructions()).containsExactly(Comment.of("tools"),
        Run.of(Command.shellLines(List.of("apk add", "curl", "&& echo done"))));
    assertThat(p.facts().at(0, 1).flags()).contains(SourceFlag.COMMENT_IN_CONTINUATION,
        SourceFlag.EMPTY_CONTINUATION_LINE);
    assertThat(p.facts().at(0, 1).endLine()).isEqualTo(6);
  }

  @Test
  void should_join_a_word_split_by_a_continuation_without_spaces() {
    assertThat(first("RUN echo ab\\\ncd\n")).isEqualTo(Run.shell("echo abcd"));
  }

  @Test
  void should_use_the_backtick_as_escape_when_the_directive_says_so() {
    Dockerfile d = df("# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\n"
        + "RUN dir C:\\ `\n    && echo done\nENV HOME=C:\\Users\\app\n");
    assertThat(d.stages().get(0).instructions()).containsExactly(
        Run.of(Command.shellLines(List.of("dir C:\\", "&& echo done"))), Env.of("HOME", "C:\\Users\\app"));
  }

  @Test
  void should_read_exec_form_and_fall_back_to_shell_form_for_invalid_json() {
    assertThat(first("RUN [\"echo\", \"a\\\"b\"]\n")).isEqualTo(Run.of(Command.exec("echo", "a\"b")));
    ParsedDockerfile p = DockerfileParser.parse("FROM alpine\nRUN ['echo', 'x']\n");
    assertThat(p.dockerfile().stages().get(0).instructions().get(0)).isEqualTo(Run.shell("['echo', 'x']"));
    assertThat(p.facts().at(0, 0).flags()).containsExactly(SourceFlag.INVALID_JSON_ARRAY);
  }

  @Test
  void should_read_every_mount_type_with_its_options() {
    Run run = (Run) df("FROM alpine AS base\nFROM alpine\n"
        + "RUN --mount=type=bind,src=/a,dst=/b,from=base,rw \\\n"
        + "    --mount=type=cache,id=c,target=/c,sharing=private,from=base,source=/s,ro,mode=0700,uid=1,gid=2 \\\n"
        + "    --mount=type=tmpfs,target=/t,size=1k \\\n"
        + "    --mount=type=secret,id=tok,target=/run/tok,env=TOKEN,required=true,mode=0400,uid=3,gid=4 \\\n"
        + "    --mount=type=ssh,id=gh,target=/ssh,required,mode=0600,uid=5,gid=6 \\\n"
        + "    --network=host --security=insecure \\\n"
        + "    make\n").stages().get(1).instructions().get(0);
    assertThat(run.mounts()).hasSize(5);
    assertThat(run.mounts().get(0)).isEqualTo(BindMount.of("/b").withSource("/a").withFrom(new StageRef("base"))
        .withReadWrite());
    assertThat(run.mounts().get(1)).isEqualTo(CacheMount.of("/c").withId("c")
        .withSharing(io.github.dockerdsl.mount.Sharing.PRIVATE).withFrom(new StageRef("base")).withSource("/s")
        .withReadOnly().withMode(io.github.dockerdsl.instruction.FileMode.of("0700")).withOwner(1, 2));
    assertThat(run.mounts().get(2)).isEqualTo(TmpfsMount.of("/t").withSize(1024));
    assertThat(run.mounts().get(3)).isEqualTo(SecretMount.of("tok").withTarget("/run/tok").withEnv("TOKEN")
        .withRequired().withMode(io.github.dockerdsl.instruction.FileMode.of("0400")).withOwner(3, 4));
    assertThat(run.mounts().get(4)).isEqualTo(new SshMount(Optional.of("gh"), Optional.of("/ssh"), true,
        Optional.of(io.github.dockerdsl.instruction.FileMode.of("0600")), Optional.of(5), Optional.of(6)));
    assertThat(run.network()).contains(io.github.dockerdsl.instruction.Network.HOST);
    assertThat(run.security()).contains(io.github.dockerdsl.instruction.Security.INSECURE);
  }

  @Test
  void should_resolve_from_to_an_earlier_stage_an_image_or_a_named_context() {
    Dockerfile d = df("FROM alpine AS Build\nFROM alpine\nCOPY --from=BUILD /a /a\nCOPY --from=node:20 /b /b\n"
        + "COPY --from=docs /c /c\nCOPY --from=ghcr.io/acme/tools /d /d\nCOPY --from=later /e /e\n"
        + "FROM build AS later\n");
    List<Instruction> i = d.stages().get(1).instructions();
    assertThat(((Copy) i.get(0)).from()).contains(new StageRef("build"));
    assertThat(((Copy) i.get(1)).from()).contains(ImageRef.parse("node:20"));
    assertThat(((Copy) i.get(2)).from()).contains(NamedContext.of("docs"));
    assertThat(((Copy) i.get(3)).from()).contains(ImageRef.parse("ghcr.io/acme/tools"));
    assertThat(((Copy) i.get(4)).from()).contains(NamedContext.of("later"));
    assertThat(d.stages().get(2).base()).isEqualTo(new StageRef("build"));
  }

  @Test
  void should_read_every_copy_and_add_flag() {
    assertThat(first("COPY --chown=app:app --chmod=u+x --link --parents --exclude=*.md --exclude=docs a b /d/\n"))
        .isEqualTo(Copy.of(List.of("a", "b"), "/d/").withChown(io.github.dockerdsl.instruction.UserSpec.of("app", "app"))
            .withChmod(io.github.dockerdsl.instruction.FileMode.of("u+x")).withLink().withParents()
            .withExcludes("*.md", "docs"));
    assertThat(first("ADD --checksum=sha256:" + "a".repeat(64) + " --keep-git-dir --unpack=true --link=false "
        + "https://x.example/a.tgz /opt/\n"))
        .isEqualTo(Add.of("https://x.example/a.tgz", "/opt/").withChecksum("sha256:" + "a".repeat(64))
            .withKeepGitDir().withUnpack(true));
  }

  @Test
  void should_read_heredocs_with_quotes_tabs_and_several_documents() {
    Run run = (Run) first("RUN <<-'A' cat > /a && <<B cat > /b\n\tone\n\tA\ntwo\nB\n");
    assertThat(run.command()).isEqualTo(Command.heredocs("<<-\"A\" cat > /a && <<B cat > /b",
        Heredoc.of("A", "\tone").literal().strippingTabs(), Heredoc.of("B", "two")));
    assertThat(first("COPY <<EOF /etc/x\nhello\nEOF\n"))
        .isEqualTo(Copy.heredoc(Heredoc.of("EOF", "hello"), "/etc/x"));
  }

  @Test
  void should_read_healthcheck_durations_and_none() {
    assertThat(first("HEALTHCHECK --interval=1m30s --timeout=500ms --start-period=5s --start-interval=1s "
        + "--retries=4 CMD [\"true\"]\n"))
        .isEqualTo(Healthcheck.of("true").withInterval(Duration.ofSeconds(90)).withTimeout(Duration.ofMillis(500))
            .withStartPeriod(Duration.ofSeconds(5)).withStartInterval(Duration.ofSeconds(1)).withRetries(4));
    assertThat(first("healthcheck none\n")).isEqualTo(Healthcheck.none());
  }

  @Test
  void should_split_arg_with_several_names_and_put_global_args_in_the_preamble() {
    ParsedDockerfile p = DockerfileParser.parse("# header\nARG A=1 B\nFROM alpine:${A}\nARG C=\"x y\"\n");
    assertThat(p.dockerfile().preamble()).containsExactly(Comment.of("header"), Arg.of("A", "1"), Arg.of("B"));
    assertThat(p.dockerfile().stages().get(0).instructions()).containsExactly(Arg.of("C", "x y"));
    assertThat(p.facts().preamble().get(2).flags()).containsExactly(SourceFlag.SPLIT_ARG);
  }

  @Test
  void should_read_legacy_env_and_label_and_flag_them() {
    ParsedDockerfile p = DockerfileParser.parse("FROM alpine\nENV PATH /usr/bin:$PATH\nLABEL a \"b c\"\n");
    assertThat(p.dockerfile().stages().get(0).instructions()).containsExactly(
        Env.of("PATH", "/usr/bin:$PATH"), new io.github.dockerdsl.instruction.Label(List.of(KeyValue.of("a", "b c"))));
    assertThat(p.facts().at(0, 0).flags()).containsExactly(SourceFlag.LEGACY_KEY_VALUE);
  }

  @Test
  void should_keep_what_the_model_cannot_hold_as_raw_with_a_reason() {
    ParsedDockerfile p = DockerfileParser.parse("FROM alpine\nmaintainer me\nCMD echo \\\n  hi\nEXPOSE 80:80\n"
        + "ENV A='$HOME'\n");
    assertThat(p.dockerfile().stages().get(0).instructions()).containsExactly(Raw.of("MAINTAINER me"),
        Raw.of("CMD echo hi"), Raw.of("EXPOSE 80:80"), Raw.of("ENV A='$HOME'"));
    assertThat(p.facts().at(0, 0).flags()).containsExactlyInAnyOrder(SourceFlag.MAINTAINER, SourceFlag.RAW);
    assertThat(p.facts().at(0, 1).flags()).containsExactlyInAnyOrder(SourceFlag.SHELL_FORM, SourceFlag.RAW);
    assertThat(p.facts().at(0, 2).rawReason()).contains(
        "port '80:80' is not a port number; EXPOSE takes <port>[/tcp|udp], not addresses or mappings");
  }

  @Test
  void should_read_onbuild_triggers() {
    ParsedDockerfile p = DockerfileParser.parse("FROM alpine\nONBUILD run make\nONBUILD CMD make\n"
        + "ONBUILD RUN <<EOF\necho hi\nEOF\n");
    assertThat(p.dockerfile().stages().get(0).instructions()).containsExactly(OnBuild.of(Run.shell("make")),
        OnBuild.of(Raw.of("CMD make")), OnBuild.of(Run.of(Command.heredoc(Heredoc.of("EOF", "echo hi")))));
    assertThat(p.facts().at(0, 0).triggerKeyword()).contains("run");
  }

  @Test
  void should_set_each_origin_to_its_line_and_column() {
    ParsedDockerfile p = DockerfileParser.parse("FROM alpine\n\n  RUN a\n");
    assertThat(p.dockerfile().stages().get(0).origins()).containsExactly(new Origin.FileLine(3, 3));
    assertThat(p.dockerfile().stages().get(0).fromOrigin()).isEqualTo(new Origin.FileLine(1, 1));
  }

  @Test
  void should_collect_suppression_comments_with_their_targets() {
    ParsedDockerfile p = DockerfileParser.parse("# check=skip=StageNameCasing\n# hadolint global ignore=DL3000\n"
        + "# dockerdsl:suppress DF001 -- pinned by renovate\nFROM alpine\n"
        + "# hadolint ignore=DL3008,DL3009\nRUN apt-get install x\n");
    assertThat(p.suppressions()).extracting(SuppressionComment::ruleId)
        .containsExactly("StageNameCasing", "DL3000", "DL3008", "DL3009");
    // our own waivers become model suppressions, so render(parse(text)) writes them back
    assertThat(p.dockerfile().stages().get(0).suppressions()).containsExactly(new io.github.dockerdsl.rule.Suppression(
        io.github.dockerdsl.rule.Rules.PINNED_BASE_IMAGE.id(), "pinned by renovate",
        io.github.dockerdsl.rule.Suppression.Scope.AT_FROM));
    assertThat(p.suppressions().get(0).fileWide()).isTrue();
    assertThat(p.suppressions().get(3).target().get().index()).isEqualTo(1);
    assertThat(p.dockerfile().stages().get(0).instructions().get(0))
        .isEqualTo(Comment.of("hadolint ignore=DL3008,DL3009"));
  }

  @Test
  void should_keep_trailing_comments_and_comments_before_from() {
    Dockerfile d = df("FROM alpine AS a\nRUN x\n# the second stage\nFROM a\n# end\n");
    assertThat(d.stages().get(0).instructions()).containsExactly(Run.shell("x"), Comment.of("the second stage"));
    assertThat(d.toString()).isEqualTo("FROM alpine AS a\nRUN x\n\n# the second stage\nFROM a\n# end\n");
    assertThat(d.stages().get(1).instructions()).containsExactly(Comment.of("end"));
  }

  @Test
  void should_read_crlf_and_a_byte_order_mark() {
    assertThat(df("\uFEFFFROM alpine\r\nRUN a \\\r\n  b\r\n").stages().get(0).instructions())
        .containsExactly(Run.of(Command.shellLines(List.of("a", "b"))));
  }

  @Test
  void should_keep_variable_references_verbatim() {
    Dockerfile d = df("ARG V=3.20\nFROM alpine:${V}\nENV P=${HOME:-/root}/bin W=$V\nWORKDIR ${P}\n");
    assertThat(d.stages().get(0).base()).isEqualTo(ImageRef.parse("alpine:${V}"));
    assertThat(d.stages().get(0).instructions().get(0)).isEqualTo(Env.of("P", "${HOME:-/root}/bin").and("W", "$V"));
    assertThat(d.stages().get(0).instructions().get(1).toString()).isEqualTo("WORKDIR ${P}");
    assertThat(Optional.of(d.toString())).contains("ARG V=3.20\n\nFROM alpine:${V}\nENV P=${HOME:-/root}/bin \\\n"
        + "    W=$V\nWORKDIR ${P}\n");
  }
}
