package io.github.dockerdsl.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.junit.jupiter.api.Test;

class ReadmeExampleTest {
  private static final Path ROOT = Path.of("..");

  @Test
  void output_is_approved() {
    Approvals.verify(ReadmeExample.dockerfile().toString(), new Options().forFile().withExtension(".Dockerfile"));
  }

  @Test
  void readme_shows_the_example_source_and_its_output() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    String source = Files.readString(Path.of("src/main/java/io/github/dockerdsl/examples/ReadmeExample.java"));
    String snippet = between(source, "// readme-snippet-start\n", "  // readme-snippet-end");
    assertThat(readme).contains(snippet.stripTrailing().stripIndent().strip());
    assertThat(readme).contains(ReadmeExample.dockerfile().toString());
  }

  private static String between(String text, String start, String end) {
    int from = text.indexOf(start) + start.length();
    return text.substring(from, text.indexOf(end, from));
  }
}
