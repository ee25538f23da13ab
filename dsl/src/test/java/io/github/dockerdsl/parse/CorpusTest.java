package io.github.dockerdsl.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dockerdsl.Dockerfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every corpus file: its formatted text is approved, and parsing and writing agree with each other. */
class CorpusTest {
  static final Path CORPUS = Path.of("src/test/resources/corpus");

  static List<String> corpus() throws IOException {
    try (Stream<Path> files = Files.list(CORPUS)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".Dockerfile")).sorted()
          .collect(Collectors.toList());
    }
  }

  static String read(String name) throws IOException {
    return Files.readString(CORPUS.resolve(name));
  }

  @Test
  void corpus_has_at_least_twelve_files() throws IOException {
    assertThat(corpus()).hasSizeGreaterThanOrEqualTo(12);
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void formatted_output_is_approved(String name) throws IOException {
    String formatted = DockerfileFormatter.format(read(name));
    Approvals.verify(formatted, new Options().forFile().withAdditionalInformation(name.replace(".Dockerfile", ""))
        .forFile().withExtension(".Dockerfile"));
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void parsing_the_rendered_text_gives_the_same_model(String name) throws IOException {
    Dockerfile parsed = DockerfileParser.parse(read(name)).dockerfile();
    Dockerfile reparsed = DockerfileParser.parse(parsed.toString()).dockerfile();
    assertThat(reparsed).isEqualTo(parsed);
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void canonical_text_is_a_fixed_point(String name) throws IOException {
    String canonical = DockerfileFormatter.format(read(name));
    assertThat(DockerfileParser.parse(canonical).dockerfile().toString()).isEqualTo(canonical);
    assertThat(DockerfileFormatter.isCanonical(canonical)).isTrue();
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void parsing_a_file_path_equals_parsing_its_text(String name) throws IOException {
    assertThat(DockerfileParser.parse(CORPUS.resolve(name)).dockerfile())
        .isEqualTo(DockerfileParser.parse(read(name)).dockerfile());
  }
}
