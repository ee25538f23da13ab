package io.github.dockerdsl.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dockerdsl.render.oracle.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs BuildKit's parser (buildkit-parse) on one text, so each parser test asks the judge the same way. */
final class OracleProcess {
  /** Where the oracle is: {@code -Ddockerdsl.buildkitParse}, else where {@code .ci/run} builds it. */
  static final Path ORACLE = Path.of(System.getProperty("dockerdsl.buildkitParse",
      System.getProperty("user.home") + "/.cache/dockerdsl/buildkit-parse"));

  private OracleProcess() {}

  /** What the oracle prints for {@code text}: one JSON document, or its error. */
  static String output(String text) throws IOException, InterruptedException {
    Path file = Files.createTempFile("oracle", ".Dockerfile");
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
      Process p = new ProcessBuilder(List.of(ORACLE.toString(), file.toString())).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
      return out;
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** The oracle's reading of {@code text} as a JSON object. */
  static Map<?, ?> json(String text) throws IOException, InterruptedException {
    return (Map<?, ?>) Json.parse(output(text).strip());
  }
}
