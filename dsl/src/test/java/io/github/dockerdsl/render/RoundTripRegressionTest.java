package io.github.dockerdsl.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dockerdsl.Dockerfile;
import io.github.dockerdsl.Origin;
import io.github.dockerdsl.Stage;
import io.github.dockerdsl.image.ImageRef;
import io.github.dockerdsl.image.NamedContext;
import io.github.dockerdsl.image.Platform;
import io.github.dockerdsl.instruction.Arg;
import io.github.dockerdsl.instruction.Command;
import io.github.dockerdsl.instruction.Heredoc;
import io.github.dockerdsl.instruction.Comment;
import io.github.dockerdsl.instruction.Copy;
import io.github.dockerdsl.instruction.Instruction;
import io.github.dockerdsl.instruction.OnBuild;
import io.github.dockerdsl.instruction.Raw;
import io.github.dockerdsl.instruction.Run;
import io.github.dockerdsl.instruction.User;
import io.github.dockerdsl.mount.BindMount;
import io.github.dockerdsl.mount.CacheMount;
import io.github.dockerdsl.parse.DockerfileParser;
import io.github.dockerdsl.rule.Policy;
import io.github.dockerdsl.rule.Rules;
import java.util.List;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The round trips BuildKit's oracle run found failing (issue 17): {@code parse(render(x))} must be
 * {@code x} for every model that renders. Each kind is fixed in the model, and each test shows the
 * text, that it reads back, or the exact refusal.
 */
class RoundTripRegressionTest {

  private static Dockerfile build(Consumer<Stage.Builder> body) {
    Stage.Builder s = Stage.from("alpine:3.20");
    body.accept(s);
    return Dockerfile.builder().stage(s.user("10001").build()).build(Policy.none());
  }

  private static Dockerfile build(Instruction i) {
    return build(s -> s.instruction(i));
  }

  private static void readsBack(Dockerfile dockerfile) {
    assertThat(DockerfileParser.parse(dockerfile.toString()).dockerfile()).isEqualTo(dockerfile);
  }

  private static void refused(ThrowingCallable call, String message) {
    assertThatThrownBy(call).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
  }

  /** Consecutive {@code #} lines are one block for every reader, so the model holds them as one comment. */
  @Nested
  class AdjacentComments {
    @Test
    void two_comments_before_the_first_from_are_one_comment_of_two_lines() {
      Dockerfile twice = Dockerfile.builder().comment("!x").comment("second").stage(Stage.from("alpine:3.20").build())
          .build(Policy.none());
      assertThat(twice.preamble()).containsExactly(Comment.of("!x\nsecond"));
      assertThat(twice.toString()).isEqualTo("# !x\n# second\n\nFROM alpine:3.20\n");
      assertThat(twice).isEqualTo(Dockerfile.builder().comment("!x\nsecond").stage(Stage.from("alpine:3.20").build())
          .build(Policy.none()));
      readsBack(twice);
    }

    @Test
    void two_comments_in_a_stage_are_one_comment() {
      Dockerfile twice = build(s -> s.run("echo a").comment("one").comment("two"));
      assertThat(twice.finalStage().instructions()).containsExactly(Run.shell("echo a"), Comment.of("one\ntwo"),
          User.of("10001"));
      assertThat(twice.toString()).isEqualTo("FROM alpine:3.20\nRUN echo a\n# one\n# two\nUSER 10001\n");
      readsBack(twice);
    }

    @Test
    void comments_with_something_between_them_stay_apart() {
      Dockerfile apart = Dockerfile.builder().comment("a").globalArg("X").comment("b")
          .stage(Stage.from("alpine:3.20").build()).build(Policy.none());
      assertThat(apart.preamble()).containsExactly(Comment.of("a"), Arg.of("X"), Comment.of("b"));
      readsBack(apart);
    }

    @Test
    void replacing_the_preamble_or_the_instructions_merges_them_too() {
      Dockerfile header = Dockerfile.builder().stage(Stage.from("alpine:3.20").build()).build(Policy.none())
          .toBuilder().replacePreamble(List.of(Comment.of("a"), Comment.of("b"))).build(Policy.none());
      assertThat(header.preamble()).containsExactly(Comment.of("a\nb"));
      Stage stage = Stage.from("alpine:3.20").replaceInstructions(List.of(Comment.of("a"), Comment.of("b")),
          List.of(new Origin.FileLine(1, 1), new Origin.FileLine(2, 1))).build();
      assertThat(stage.instructions()).containsExactly(Comment.of("a\nb"));
      assertThat(stage.origins()).hasSize(1);
    }

    @Test
    void a_waiver_after_a_merged_comment_still_points_at_the_next_instruction() {
      Dockerfile waived = Dockerfile.builder().stage(Stage.from("alpine:3.20").comment("one").comment("two")
          .user("root").suppress(Rules.NON_ROOT_FINAL_USER, "the base image drops privileges").build())
          .build(Policy.none());
      assertThat(waived.toString()).isEqualTo("FROM alpine:3.20\n# one\n# two\n"
          + "# dockerdsl:suppress " + Rules.NON_ROOT_FINAL_USER.id().code()
          + " -- the base image drops privileges\nUSER root\n");
      readsBack(waived);
    }
  }

  /**
   * BuildKit reads {@code --from=X} and {@code from=X} as a stage named X first, then as a named build
   * context, then as an image; FROM X as a stage before an image. An image in those places must have a
   * form no stage or context name can have.
   */
  @Nested
  class ImagesNamedLikeStagesOrContexts {
    @Test
    void a_bare_image_name_in_copy_from_is_refused() {
      refused(() -> Copy.of("/etc/passwd", "/x").withFrom(ImageRef.parse("curl")),
          "COPY --from image 'curl' is a bare name, which BuildKit reads as a stage or build context named 'curl' "
              + "before an image; give the image a tag, digest or registry ('curl:<version>', "
              + "'docker.io/library/curl'), pass the stage (Stage.ref()) or use NamedContext.of(\"curl\") for a "
              + "build context");
    }

    @Test
    void a_bare_image_name_in_a_mount_from_is_refused() {
      refused(() -> CacheMount.of("/c").withFrom(ImageRef.parse("curl")),
          "cache mount from= image 'curl' is a bare name, which BuildKit reads as a stage or build context named "
              + "'curl' before an image; give the image a tag, digest or registry ('curl:<version>', "
              + "'docker.io/library/curl'), pass the stage (Stage.ref()) or use NamedContext.of(\"curl\") for a "
              + "build context");
      refused(() -> BindMount.of("/b").withFrom(ImageRef.parse("1.2.3")),
          "bind mount from= image '1.2.3' is a bare name, which BuildKit reads as a stage or build context named "
              + "'1.2.3' before an image; give the image a tag, digest or registry ('1.2.3:<version>', "
              + "'docker.io/library/1.2.3'), pass the stage (Stage.ref()) or use NamedContext.of(\"1.2.3\") for a "
              + "build context");
    }

    @Test
    void images_with_a_tag_registry_or_path_and_named_contexts_read_back() {
      for (ImageRef image : List.of(ImageRef.parse("curl:8.5"), ImageRef.parse("docker.io/library/curl"),
          ImageRef.parse("acme/tools"), ImageRef.parse("curl@sha256:" + "a".repeat(64)), ImageRef.parse("$TOOLS"))) {
        Dockerfile copy = build(Copy.of("/etc/passwd", "/x").withFrom(image));
        assertThat(copy.toString()).contains("COPY --from=" + image + " /etc/passwd /x\n");
        readsBack(copy);
        readsBack(build(Run.shell("x").withMount(CacheMount.of("/c").withFrom(image))));
      }
      readsBack(build(Copy.of("/etc/passwd", "/x").withFrom(NamedContext.of("curl"))));
      readsBack(build(Run.shell("x").withMount(BindMount.of("/b").withFrom(NamedContext.of("curl")))));
    }

    @Test
    void isBareName_says_which_references_are_names_only() {
      assertThat(ImageRef.parse("curl").isBareName()).isTrue();
      assertThat(ImageRef.parse("curl:8.5").isBareName()).isFalse();
      assertThat(ImageRef.parse("acme/curl").isBareName()).isFalse();
      assertThat(ImageRef.parse("localhost:5000/curl").isBareName()).isFalse();
      assertThat(ImageRef.parse("curl${V}").isBareName()).isFalse();
    }

    @Test
    void a_from_image_named_like_a_stage_is_refused() {
      Stage build = Stage.from("alpine:3.20").as("build").build();
      refused(() -> Dockerfile.builder().stage(build).stage(Stage.from(ImageRef.parse("build")).build())
              .build(Policy.none()),
          "stage FROM build starts FROM image 'build', which BuildKit reads as the stage named 'build'; give the "
              + "image a tag or registry ('build:<version>', 'docker.io/library/build'), or start FROM the stage "
              + "object (Stage.from(stage))");
      Dockerfile fine = Dockerfile.builder().stage(build).stage(Stage.from(build).build())
          .stage(Stage.from("build:1.0").build()).build(Policy.none());
      readsBack(fine);
    }

    @Test
    void a_from_image_named_scratch_is_refused() {
      refused(() -> Dockerfile.builder().stage(Stage.from(ImageRef.parse("scratch")).build()).build(Policy.none()),
          "stage FROM scratch starts FROM image 'scratch', which BuildKit reads as the empty image; use "
              + "Stage.from(\"scratch\") or Scratch.SCRATCH");
      readsBack(Dockerfile.builder().stage(Stage.from("scratch").build()).build(Policy.none()));
    }
  }

  /** A Raw holds what the typed model cannot, so it must read back as that same Raw. */
  @Nested
  class RawInstructions {
    @Test
    void a_raw_our_parser_reads_as_typed_is_refused() {
      refused(() -> build(Raw.of("USER root")),
          "raw instruction 'USER root' is read back as a typed USER instruction, so it would not stay raw; write it "
              + "with the typed API (User) instead of Raw");
      refused(() -> build(s -> s.raw("STOPSIGNAL SIGTERM")),
          "raw instruction 'STOPSIGNAL SIGTERM' is read back as a typed STOPSIGNAL instruction, so it would not "
              + "stay raw; write it with the typed API (StopSignal) instead of Raw");
    }

    @Test
    void an_onbuild_raw_our_parser_reads_as_typed_is_refused() {
      refused(() -> build(s -> s.onBuild(Raw.of("USER TOKEN"))),
          "raw instruction 'ONBUILD USER TOKEN' is read back as a typed USER instruction, so it would not stay raw; "
              + "write it with the typed API (User) instead of Raw");
    }

    @Test
    void a_raw_our_parser_refuses_is_refused() {
      refused(() -> build(s -> s.raw("STOPSIGNAL --mount=type=bind,target=/x SIGTERM")),
          "raw instruction 'STOPSIGNAL --mount=type=bind,target=/x SIGTERM' would not read back: our parser refuses "
              + "it (flag '--mount' is unknown for STOPSIGNAL; STOPSIGNAL takes no flags); correct it, or write it "
              + "with the typed API");
      refused(() -> build(Raw.of("ONBUILD a.txt")),
          "raw instruction 'ONBUILD a.txt' would not read back: our parser refuses it (instruction 'a.txt' is "
              + "unknown; use a Dockerfile instruction such as RUN or COPY); correct it, or write it with the typed "
              + "API");
    }

    @Test
    void a_raw_env_or_label_buildkit_refuses_is_refused() {
      // BuildKit: "LABEL must have two arguments"; our parser refuses the same text with the fix
      refused(() -> build(s -> s.raw("LABEL x")),
          "raw instruction 'LABEL x' would not read back: our parser refuses it (LABEL 'x' has no value; write "
              + "LABEL x=<value>); correct it, or write it with the typed API");
      refused(() -> build(s -> s.raw("ENV x")),
          "raw instruction 'ENV x' would not read back: our parser refuses it (ENV 'x' has no value; write "
              + "ENV x=<value>); correct it, or write it with the typed API");
    }

    @Test
    void a_raw_read_back_in_another_spelling_is_refused() {
      refused(() -> build(Raw.of("maintainer me")),
          "raw instruction 'maintainer me' is read back as 'MAINTAINER me'; write it that way");
    }

    @Test
    void raws_the_model_cannot_type_read_back() {
      readsBack(build(Raw.of("MAINTAINER Jane <jane@example.com>")));
      readsBack(build(Raw.of("CMD node server.js")));
      readsBack(build(s -> s.onBuild(Raw.of("CMD make"))));
      readsBack(Dockerfile.builder().escape('`').stage(Stage.from("alpine:3.20").raw("MAINTAINER me").build())
          .build(Policy.none()));
      assertThat(build(s -> s.onBuild(Raw.of("CMD make"))).finalStage().instructions().get(0))
          .isEqualTo(OnBuild.of(Raw.of("CMD make")));
    }
  }

  /** What the 10^6 run found once the kinds above were fixed. */
  @Nested
  class FoundByTheLongRun {
    @Test
    void a_non_ascii_digit_before_a_heredoc_marker_is_no_heredoc() {
      // BuildKit's marker is ^(\d*)<<... with Go's ASCII \d: '౨<<EOF' is a word of the command
      readsBack(build(Run.of(Command.allOf("make", "\u0c68<<EOF#\ufeff"))));
      readsBack(build(Run.of(Command.heredocs("cat <<EOF \u096a0<<X\u0920x", Heredoc.of("EOF", "USER root")))));
      readsBack(Dockerfile.builder().escape('`').stage(Stage.from("alpine:3.20")
          .run(Run.shell("\u0668<<EOF").withMount(CacheMount.of("/c"))).build()).build(Policy.none()));
    }

    @Test
    void a_platform_default_is_ascii() {
      refused(() -> Platform.parse("${X:-/\u2000a}/app"),
          "platform '${X:-/\u2000a}/app' is not valid; use os/arch[/variant] such as linux/amd64, or $BUILDPLATFORM");
      readsBack(Dockerfile.builder().stage(Stage.from("alpine:3.20").platform(Platform.parse("${P:-linux/amd64}"))
          .build()).build(Policy.none()));
    }
  }
}
