package io.github.dockerdsl.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dockerdsl.presets.JavaOptions;
import io.github.dockerdsl.presets.JavaPreset;
import io.github.dockerdsl.render.GeneratedFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The snippet at the top of docs/presets/java.md compiles and writes both files with the header. */
class JavaPresetDocSnippetTest {
  @Test
  void the_snippet_writes_dockerfile_and_dockerignore(@TempDir Path dir) throws IOException {
    // --- docs/presets/java.md, with Path.of(...) resolved in the temporary directory
    JavaPreset preset = JavaPreset.of(JavaOptions.builder()
        .buildTool(JavaOptions.BuildTool.GRADLE)
        .wrapper()                                          // the project has ./gradlew
        .packaging(JavaOptions.Packaging.SPRING_BOOT_LAYERED)
        .runtime(JavaOptions.RuntimeImage.DISTROLESS)
        .javaVersion(21)
        .build());
    preset.toDockerfile().writeTo(dir.resolve("Dockerfile"));
    preset.toDockerIgnore().writeTo(dir.resolve(".dockerignore"));
    // ---
    assertThat(GeneratedFiles.hasHeader(Files.readString(dir.resolve("Dockerfile")))).isTrue();
    assertThat(Files.readString(dir.resolve(".dockerignore"))).startsWith("# " + GeneratedFiles.MARKER);
    assertThat(Files.readString(dir.resolve("Dockerfile"))).contains("FROM gcr.io/distroless/java21-debian12:nonroot");
  }
}
