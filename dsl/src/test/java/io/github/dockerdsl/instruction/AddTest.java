package io.github.dockerdsl.instruction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AddTest {
  private static final String SHA = "sha256:" + "a".repeat(64);

  @Test
  void url_with_checksum() {
    Add add = Add.of("https://example.com/tool.tar.gz", "/tmp/tool.tar.gz").withChecksum(SHA);
    assertThat(add.toString()).isEqualTo("ADD --checksum=" + SHA + " https://example.com/tool.tar.gz /tmp/tool.tar.gz");
    assertThat(add.isRemote()).isTrue();
    assertThat(add.isGit()).isFalse();
  }

  @Test
  void git_source_keeping_the_git_dir() {
    Add add = Add.of("https://github.com/moby/buildkit.git#v0.13.0", "/src").withKeepGitDir()
        .withChecksum("0123456789abcdef0123456789abcdef01234567");
    assertThat(add.toString()).isEqualTo("ADD --checksum=0123456789abcdef0123456789abcdef01234567 --keep-git-dir "
        + "https://github.com/moby/buildkit.git#v0.13.0 /src");
    assertThat(add.isGit()).isTrue();
  }

  @Test
  void unpack_true_and_false() {
    assertThat(Add.of("app.tar.gz", "/opt/").withUnpack(true).toString())
        .isEqualTo("ADD --unpack=true app.tar.gz /opt/");
    assertThat(Add.of("app.tar.gz", "/opt/").withUnpack(false).toString())
        .isEqualTo("ADD --unpack=false app.tar.gz /opt/");
  }

  @Test
  void every_flag_in_canonical_order() {
    Add add = Add.of("https://example.com/a.tgz", "/opt/").withExcludes("*.md").withLink()
        .withChmod(FileMode.of("0755")).withChown(UserSpec.ids(10001, 10001)).withUnpack(true).withKeepGitDir()
        .withChecksum(SHA);
    assertThat(add.toString()).isEqualTo("ADD --checksum=" + SHA + " --keep-git-dir --unpack=true "
        + "--chown=10001:10001 --chmod=0755 --link --exclude=*.md https://example.com/a.tgz /opt/");
  }

  @Test
  void sha512_checksum_is_accepted() {
    assertThat(Add.of("https://x/y", "/y").withChecksum("sha512:" + "0".repeat(128)).checksum()).isPresent();
  }

  @Test
  void refuses_an_invalid_checksum() {
    assertThatThrownBy(() -> Add.of("https://x/y", "/y").withChecksum("md5:abc"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ADD checksum 'md5:abc' is not valid; use sha256:<64 hex> for URLs or a commit hash for git");
  }

  @Test
  void refuses_no_sources_and_several_into_a_file() {
    assertThatThrownBy(() -> new Add(List.of(), "/x", Optional.empty(), false, Optional.empty(), Optional.empty(),
        Optional.empty(), false, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ADD to '/x' has no sources; name at least one");
    assertThatThrownBy(() -> new Add(List.of("a", "b"), "/x", Optional.empty(), false, Optional.empty(),
        Optional.empty(), Optional.empty(), false, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ADD destination '/x' must end with '/' when there are 2 sources; write '/x/'");
  }

  @Test
  void refuses_line_breaks_in_sources() {
    assertThatThrownBy(() -> Add.of("https://x/\nRUN id", "/x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("ADD source 'https://x/\\nRUN id' contains a line break");
  }

  @Test
  void json_form_for_paths_with_spaces() {
    assertThat(Add.of("my archive.tar", "/opt/").toString()).isEqualTo("ADD [\"my archive.tar\", \"/opt/\"]");
  }
}
