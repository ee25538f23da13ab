package io.github.dockerdsl.instruction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dockerdsl.image.ImageRef;
import io.github.dockerdsl.image.NamedContext;
import io.github.dockerdsl.image.StageRef;
import java.util.List;
import org.junit.jupiter.api.Test;

class CopyTest {
  @Test
  void plain_copy() {
    assertThat(Copy.of("package.json", "./").toString()).isEqualTo("COPY package.json ./");
  }

  @Test
  void several_sources_into_a_directory() {
    assertThat(Copy.of(List.of("package.json", "package-lock.json"), "/app/").toString())
        .isEqualTo("COPY package.json package-lock.json /app/");
  }

  @Test
  void from_a_stage_an_image_and_a_named_context() {
    assertThat(Copy.of("/out/app", "/app").withFrom(new StageRef("build")).toString())
        .isEqualTo("COPY --from=build /out/app /app");
    assertThat(Copy.of("/busybox", "/bin/").withFrom(ImageRef.parse("busybox:1.36")).toString())
        .isEqualTo("COPY --from=busybox:1.36 /busybox /bin/");
    assertThat(Copy.of("/", "/docs/").withFrom(NamedContext.of("docs")).toString())
        .isEqualTo("COPY --from=docs / /docs/");
  }

  @Test
  void chown_chmod_link_parents_exclude() {
    Copy copy = Copy.of(List.of("./src/", "./test/"), "/app/")
        .withChown(UserSpec.of("app", "app"))
        .withChmod(FileMode.of("0644"))
        .withLink()
        .withParents()
        .withExcludes("*.md", "**/*.tmp");
    assertThat(copy.toString()).isEqualTo(
        "COPY --chown=app:app --chmod=0644 --link --parents --exclude=*.md --exclude=**/*.tmp ./src/ ./test/ /app/");
  }

  @Test
  void symbolic_chmod() {
    assertThat(Copy.of("run.sh", "/usr/local/bin/").withChmod(FileMode.of("u+x,g-w")).toString())
        .isEqualTo("COPY --chmod=u+x,g-w run.sh /usr/local/bin/");
  }

  @Test
  void paths_with_spaces_or_quotes_switch_to_json_form() {
    assertThat(Copy.of("my file.txt", "/data/my file.txt").toString())
        .isEqualTo("COPY [\"my file.txt\", \"/data/my file.txt\"]");
    assertThatThrownBy(() -> Copy.of("a\"b", "/x").withChown(UserSpec.of("app")).toString())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("COPY source 'a\"b' cannot be expanded by BuildKit (unexpected end of statement while looking "
            + "for matching double-quote); write variables as $NAME or ${NAME}, and leave out quotes and unbalanced "
            + "braces");
  }

  @Test
  void heredoc_source() {
    Copy copy = Copy.heredoc(Heredoc.of("EOF", "[global]", "index-url = https://mirror/simple"), "/etc/pip.conf")
        .withChmod(FileMode.of("0644"));
    assertThat(copy.toString()).isEqualTo(""
        + "COPY --chmod=0644 <<EOF /etc/pip.conf\n"
        + "[global]\n"
        + "index-url = https://mirror/simple\n"
        + "EOF");
  }

  @Test
  void two_heredocs_into_a_directory() {
    Copy copy = new Copy(List.of(), List.of(Heredoc.of("A", "a"), Heredoc.of("B", "b")), "/etc/",
        java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(), false, false, List.of());
    assertThat(copy.toString()).isEqualTo("COPY <<A <<B /etc/\na\nA\nb\nB");
  }

  @Test
  void refuses_a_path_needing_quotes_next_to_a_heredoc() {
    Copy copy = new Copy(List.of("my file"), List.of(Heredoc.of("EOF", "x")), "/etc/",
        java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(), false, false, List.of());
    assertThatThrownBy(copy::toString)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("COPY of an inline document to '/etc/' has a path that needs quoting, which the heredoc form "
            + "cannot hold; copy that path in its own COPY");
  }

  @Test
  void a_backtick_is_literal_under_the_default_escape() {
    assertThat(Copy.of("a`b", "/x").toString()).isEqualTo("COPY a`b /x");
  }

  @Test
  void refuses_no_sources() {
    assertThatThrownBy(() -> Copy.of(List.of(), "/app"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("COPY to '/app' has no sources; name at least one file");
  }

  @Test
  void refuses_several_sources_into_a_file() {
    assertThatThrownBy(() -> Copy.of(List.of("a", "b"), "/app"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("COPY destination '/app' must end with '/' when there are 2 sources; write '/app/'");
  }

  @Test
  void refuses_a_heredoc_read_from_elsewhere() {
    assertThatThrownBy(() -> Copy.heredoc(Heredoc.of("EOF", "x"), "/x").withFrom(new StageRef("build")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("COPY of an inline document cannot also read --from 'build'; use two COPY instructions");
  }

  @Test
  void refuses_bad_paths() {
    assertThatThrownBy(() -> Copy.of("", "/x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("COPY source is empty; give a path");
    assertThatThrownBy(() -> Copy.of(" a", "/x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("COPY source ' a' has leading or trailing whitespace; remove it");
    assertThatThrownBy(() -> Copy.of("a\nRUN rm -rf /", "/x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("COPY source 'a\\nRUN rm -rf /' contains a line break, which would end the instruction; "
            + "file names cannot hold line breaks or control characters");
    assertThatThrownBy(() -> Copy.of("a", ""))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("COPY destination is empty; give a path");
  }

  @Test
  void refuses_whitespace_in_an_exclude_pattern() {
    assertThatThrownBy(() -> Copy.of("a", "/x").withExcludes("a b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("exclude pattern 'a b' contains whitespace, which --exclude cannot hold; use a glob such as '*.md'");
  }

  @Test
  void sources_that_look_like_heredoc_markers_are_written_safely() {
    assertThat(Copy.of("x<<EOF", "/x").toString()).isEqualTo("COPY x<<EOF /x");
    assertThat(Copy.of(List.of("a", "<<EOF"), "/x/").toString()).isEqualTo("COPY [\"a\", \"<<EOF\", \"/x/\"]");
  }

  @Test
  void refuses_quotes_in_an_exclude_pattern() {
    assertThatThrownBy(() -> Copy.of("a", "/x").withExcludes("\"*.md"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("exclude pattern '\"*.md' contains a quote, which --exclude cannot hold; use a glob such as '*.md'");
  }

  @Test
  void refuses_unicode_spaces_that_docker_splits_words_on() {
    assertThatThrownBy(() -> Copy.of("a", "/x").withExcludes("a\u00a0b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("exclude pattern 'a\u00a0b' contains whitespace");
    assertThatThrownBy(() -> Copy.of("a\u00a0", "/x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("COPY source 'a\u00a0' has leading or trailing whitespace; remove it");
    assertThat(Copy.of("a\u00a0b", "/x").toString()).isEqualTo("COPY [\"a\u00a0b\", \"/x\"]");
  }

  @Test
  void refuses_the_escape_character_in_an_exclude_flag() {
    assertThatThrownBy(() -> Copy.of("a", "/x").withExcludes("\\*.md").toString())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("flag '--exclude=\\*.md' contains the escape character '\\', which BuildKit would remove; "
            + "use '/' in paths, or switch the escape character with Dockerfile.builder().escape(...)");
  }

  @Test
  void null_source_is_npe() {
    assertThatThrownBy(() -> Copy.of((String) null, "/x")).isInstanceOf(NullPointerException.class);
  }
}
