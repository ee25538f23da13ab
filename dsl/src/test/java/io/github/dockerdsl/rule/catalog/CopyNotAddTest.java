package io.github.dockerdsl.rule.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dockerdsl.Stage;
import io.github.dockerdsl.instruction.Add;
import io.github.dockerdsl.rule.Rules;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CopyNotAddTest {
  private static List<String> findings(Add add) {
    return Findings.of(Rules.COPY_NOT_ADD, Stage.from("node:20").workdir("/app").add(add));
  }

  @Test
  void add_of_a_local_file_is_reported() {
    assertThat(findings(Add.of("app.jar", "/app/app.jar"))).containsExactly(
        "0/1 ADD of local file 'app.jar' that is not an archive; COPY does the same without ADD's unpacking and "
            + "download rules");
  }

  @Test
  void several_local_files_are_named() {
    Add add = new Add(List.of("a.txt", "b/"), "/app/", Optional.empty(), false, Optional.empty(), Optional.empty(),
        Optional.empty(), false, List.of());
    assertThat(Findings.violations(Rules.COPY_NOT_ADD, io.github.dockerdsl.Dockerfile.builder()
        .stage(Stage.from("node:20").add(add).build()))).singleElement().satisfies(v -> {
          assertThat(v.message()).isEqualTo("ADD of local files 'a.txt', 'b/' that are not archives; COPY does the "
              + "same without ADD's unpacking and download rules");
          assertThat(v.fix()).isEqualTo("use .copy(Copy.of(List.of(\"a.txt\", \"b/\"), \"/app/\")); keep ADD for URLs, "
              + "git repositories and local archives to unpack");
        });
  }

  @Test
  void an_inline_document_is_reported_with_the_copy_that_writes_it() {
    Add add = Add.heredoc(io.github.dockerdsl.instruction.Heredoc.of("MOTD", "Welcome."), "/etc/motd");
    assertThat(Findings.violations(Rules.COPY_NOT_ADD, io.github.dockerdsl.Dockerfile.builder()
        .stage(Stage.from("node:20").add(add).build()))).singleElement().satisfies(v -> {
          assertThat(v.message()).isEqualTo("ADD of inline document 'MOTD'; COPY takes inline documents the same way "
              + "without ADD's unpacking and download rules");
          assertThat(v.fix()).isEqualTo("use .copy(Copy.heredoc(...)) or new Copy(...) with the same documents; keep "
              + "ADD for URLs, git repositories and local archives to unpack");
        });
  }

  @ParameterizedTest
  @ValueSource(strings = {"rootfs.tar.gz", "dist.tgz", "data.tar", "x.tar.xz", "bundle.tar.zst", "https://example.com/a.txt",
      "git@github.com:acme/app.git", "https://github.com/acme/app.git#v1", "${ARCHIVE}", "pkg.TAR.GZ"})
  void urls_git_archives_and_variables_are_fine(String source) {
    assertThat(findings(Add.of(source, "/opt/"))).isEmpty();
  }
}
