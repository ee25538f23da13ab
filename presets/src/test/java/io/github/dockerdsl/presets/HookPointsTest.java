package io.github.dockerdsl.presets;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dockerdsl.Dockerfile;
import io.github.dockerdsl.StageBody;
import io.github.dockerdsl.ignore.DockerIgnore;
import io.github.dockerdsl.image.BaseImage;
import io.github.dockerdsl.image.ImageRef;
import io.github.dockerdsl.instruction.KeyValue;
import java.util.ArrayList;
import java.util.List;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.junit.jupiter.api.Test;

/**
 * The generated example of docs/company-standards.md: hooks that mark where each is called, so the
 * approved files show every hook's position in each preset's stages.
 */
class HookPointsTest {
  private static final Options DOCKERFILE = new Options().forFile().withExtension(".Dockerfile");

  /**
   * Marks every hook point with an ARG named after it (a comment would render above the next instruction,
   * which at the end of a stage is the next FROM), asks for a package per role,
   * and moves images to a visible registry.
   */
  static final class MarkingHooks implements PresetHooks {
    @Override
    public ImageRef baseImage(ImageRole role, ImageRef proposed) {
      return proposed.registry().isPresent() ? proposed
          : ImageRef.parse("registry.example.com/hook-base-image-" + role.name().toLowerCase(java.util.Locale.ROOT)
              + "/" + proposed);
    }

    @Override
    public List<String> packages(ImageRole role, BaseImage base) {
      return List.of(role == ImageRole.BUILD ? "hook-build-package" : "hook-runtime-package");
    }

    @Override
    public void beforeDependencies(StageBody stage) {
      stage.arg("HOOK_BEFORE_DEPENDENCIES");
    }

    @Override
    public void afterDependencies(StageBody stage) {
      stage.arg("HOOK_AFTER_DEPENDENCIES");
    }

    @Override
    public void afterBuild(StageBody stage) {
      stage.arg("HOOK_AFTER_BUILD");
    }

    @Override
    public void runtimeStage(StageBody stage) {
      stage.arg("HOOK_RUNTIME_STAGE");
    }

    @Override
    public void afterApplication(StageBody stage) {
      stage.arg("HOOK_AFTER_APPLICATION");
    }

    @Override
    public List<KeyValue> labels(List<KeyValue> proposed) {
      List<KeyValue> labels = new ArrayList<>(proposed);
      labels.add(KeyValue.of("com.example.hook", "labels"));
      return labels;
    }

    @Override
    public DockerIgnore dockerIgnore(DockerIgnore proposed) {
      return proposed.toBuilder().section("hook: dockerIgnore").exclude("scratch-notes").build();
    }
  }

  private static final Customization MARKED = Customization.builder().hooks(new MarkingHooks()).build();

  /** Options that also show where the options' packages, file and ENV land. */
  private static final CommonOptions COMMON = CommonOptions.DEFAULTS.withTitle("shop")
      .withBuildPackages("option-build-package").withRuntimePackages("option-runtime-package")
      .withRuntimeFile(RuntimeFile.of("config/app.json", "/app/config/app.json"))
      .withEnv("OPTION_ENV", "set-by-CommonOptions.withEnv");

  @Test
  void node_with_a_build_script() {
    Dockerfile df = NodePreset.of(NodeOptions.builder().buildScript("build", "dist").entryFile("dist/server.js")
        .common(COMMON).build()).with(MARKED).toDockerfile();
    assertThat(df.toString()).containsOnlyOnce("ARG HOOK_RUNTIME_STAGE").containsOnlyOnce("ARG HOOK_AFTER_APPLICATION");
    // the marker packages are unpinned: an INFO finding of the install, and nothing else
    assertThat(df.findings()).extracting(v -> v.rule().code()).containsOnly("DF039");
    Approvals.verify(df.toString(), DOCKERFILE);
  }

  @Test
  void java_maven() {
    Dockerfile df = JavaPreset.of(JavaOptions.builder().common(COMMON).build()).with(MARKED).toDockerfile();
    Approvals.verify(df.toString(), DOCKERFILE);
  }

  @Test
  void the_docs_show_the_generated_example() throws java.io.IOException {
    String docs = java.nio.file.Files.readString(java.nio.file.Path.of("../docs/company-standards.md"));
    String approved = java.nio.file.Files.readString(java.nio.file.Path.of(
        "src/test/java/io/github/dockerdsl/presets/HookPointsTest.node_with_a_build_script.approved.Dockerfile"));
    assertThat(docs).contains("```dockerfile\n" + approved + "```\n");
  }

  @Test
  void the_dockerignore_hook_adds_its_section_last() {
    DockerIgnore ignore = NodePreset.of(NodeOptions.builder().build()).with(MARKED).toDockerIgnore();
    assertThat(ignore.toString()).endsWith("# hook: dockerIgnore\nscratch-notes\n");
  }
}
