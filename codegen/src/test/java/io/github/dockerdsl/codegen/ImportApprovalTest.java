package io.github.dockerdsl.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.JavaFile;
import io.github.dockerdsl.Dockerfile;
import io.github.dockerdsl.parse.DockerfileFormatter;
import io.github.dockerdsl.parse.DockerfileParser;
import io.github.dockerdsl.parse.ParsedDockerfile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.junit.jupiter.api.Test;

/**
 * The Java source of five typical imports, read as a reviewer reads a migration pull request; each
 * one also compiles and writes its original back.
 */
class ImportApprovalTest {
  private static final Path IMPORTS = Path.of("src/test/resources/imports");
  private static final Path CORPUS = Path.of("../dsl/src/test/resources/corpus");

  @Test
  void official_image_with_long_set_eux_chains() throws Exception {
    verify(IMPORTS.resolve("official-image.Dockerfile"), "KvstoreDockerfile", false);
  }

  @Test
  void multi_stage_go_build_with_cache_mounts() throws Exception {
    verify(IMPORTS.resolve("go-cache-mounts.Dockerfile"), "GoServiceDockerfile", false);
  }

  @Test
  void windows_file_with_the_backtick_escape() throws Exception {
    verify(CORPUS.resolve("windows-servercore.Dockerfile"), "WindowsAppDockerfile", false);
  }

  @Test
  void file_with_heredocs() throws Exception {
    verify(CORPUS.resolve("heredocs.Dockerfile"), "HeredocsDockerfile", false);
  }

  @Test
  void legacy_file_full_of_rule_violations() throws Exception {
    verify(CORPUS.resolve("legacy-forms.Dockerfile"), "LegacyDockerfile", false);
  }

  @Test
  void legacy_file_without_suppressions() throws Exception {
    verify(CORPUS.resolve("legacy-forms.Dockerfile"), "LegacyDockerfile", true);
  }

  @Test
  void the_migration_guide_shows_the_real_import() throws Exception {
    ParsedDockerfile parsed = DockerfileParser.parse(IMPORTS.resolve("node-shop.Dockerfile"));
    String source = JavaImporter.of("com.acme.docker", "ShopDockerfile").withSourceName("services/shop/Dockerfile")
        .toJavaFile(parsed).toString();
    assertThat(Files.readString(Path.of("../docs/import.md"))).contains("```java\n" + source + "```\n");
  }

  private static void verify(Path dockerfile, String className, boolean bare) throws Exception {
    String text = Files.readString(dockerfile);
    ParsedDockerfile parsed = DockerfileParser.parse(text);
    JavaImporter importer = JavaImporter.of("com.acme.docker", className).withSourceName("Dockerfile");
    JavaFile file = (bare ? importer.withoutSuppressions() : importer).toJavaFile(parsed);
    if (!bare) {
      Dockerfile imported = InProcessCompiler.run(file);
      assertThat(RoundTripTest.withoutImportedSuppressions(imported).toString())
          .isEqualTo(DockerfileFormatter.format(text));
    }
    // .java.txt: an approved .java file under src/test/java would be compiled as a test source
    Approvals.verify(file.toString(), new Options().forFile().withExtension(".java.txt"));
  }
}
