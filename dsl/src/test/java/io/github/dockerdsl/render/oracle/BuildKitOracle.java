package io.github.dockerdsl.render.oracle;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * BuildKit's own Dockerfile parser as a command ({@code ../shared/tools/buildkit-parse}), asked
 * about many files per process. Found through {@code -Ddockerdsl.buildkitParse=PATH}, else at
 * {@code ~/.cache/dockerdsl/buildkit-parse}, where its {@code build.sh} puts it.
 */
final class BuildKitOracle implements AutoCloseable {
  static final String PROPERTY = "dockerdsl.buildkitParse";

  private final Path binary;
  private final Path dir;

  private BuildKitOracle(Path binary) {
    this.binary = binary;
    try {
      this.dir = Files.createTempDirectory("dockerdsl-oracle-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The binary, when it is there. */
  static Optional<Path> locate() {
    String configured = System.getProperty(PROPERTY, "");
    Path path = configured.isBlank()
        ? Paths.get(System.getProperty("user.home"), ".cache", "dockerdsl", "buildkit-parse")
        : Paths.get(configured);
    return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
  }

  static String whereItLooks() {
    String configured = System.getProperty(PROPERTY, "");
    return configured.isBlank() ? "~/.cache/dockerdsl/buildkit-parse" : configured;
  }

  static BuildKitOracle open(Path binary) {
    return new BuildKitOracle(binary);
  }

  /** What BuildKit reads from each text, in order: the JSON object the command prints per file. */
  @SuppressWarnings("unchecked")
  List<Map<String, Object>> parse(List<String> texts) {
    try {
      List<String> args = new ArrayList<>();
      args.add(binary.toString());
      for (int i = 0; i < texts.size(); i++) {
        String name = "f" + i;
        Files.write(dir.resolve(name), texts.get(i).getBytes(StandardCharsets.UTF_8));
        args.add(name);
      }
      Process p = new ProcessBuilder(args).directory(dir.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD)
          .start();
      List<Map<String, Object>> out = new ArrayList<>(texts.size());
      try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          out.add((Map<String, Object>) Json.parse(line));
        }
      }
      int status = p.waitFor();
      if (status != 0 || out.size() != texts.size()) {
        throw new IllegalStateException("buildkit-parse exited " + status + " with " + out.size() + " of "
            + texts.size() + " results");
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    try (var files = Files.list(dir)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.deleteIfExists(f);
      }
      Files.deleteIfExists(dir);
    } catch (IOException e) {
      // a temporary folder left behind is harmless
    }
  }
}
