package io.github.dockerdsl.rule.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dockerdsl.Dockerfile;
import io.github.dockerdsl.Stage;
import io.github.dockerdsl.image.ImageRef;
import io.github.dockerdsl.instruction.Copy;
import io.github.dockerdsl.rule.Rules;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CopyWholeStageTest {
  private static List<String> findings(String source) {
    Stage build = Stage.from("node:20").as("build").build();
    return Findings.of(Rules.COPY_WHOLE_STAGE,
        Dockerfile.builder().stage(build).stage(Stage.from("scratch").copyFrom(build, source, "/").build()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", "/*", ".", "./", "*", "//"})
  void whole_filesystem_copies_are_warned(String source) {
    assertThat(findings(source)).containsExactly("1/0 COPY of '" + source + "' from stage 'build' copies its whole "
        + "filesystem, build tools and caches included");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/out/app", "/etc/passwd", "dist/", "/usr/*"})
  void named_paths_are_fine(String source) {
    assertThat(findings(source)).isEmpty();
  }

  @Test
  void images_count_and_the_build_context_does_not() {
    assertThat(Findings.of(Rules.COPY_WHOLE_STAGE, Stage.from("scratch")
        .copy(Copy.of("/", "/").withFrom(ImageRef.parse("busybox:1.36"))).copy(".", "/src/")))
        .containsExactly("0/0 COPY of '/' from image 'busybox:1.36' copies its whole filesystem, build tools and "
            + "caches included");
  }

  @Test
  void an_image_without_a_tag_counts_too() {
    assertThat(ParsedFindings.of(Rules.COPY_WHOLE_STAGE, "FROM scratch\nCOPY --from=busybox / /\n"))
        .containsExactly("0/0 COPY of '/' from image or build context 'busybox' copies its whole filesystem, build "
            + "tools and caches included");
  }
}
