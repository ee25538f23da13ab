package io.github.dockerdsl.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads project files for the detectors, turning I/O failures into one-line errors. */
final class ProjectFiles {
  private ProjectFiles() {}

  /** The text of {@code dir/name}, or empty when it is not a regular file. */
  static Optional<String> read(Path dir, String name) {
    Path file = dir.resolve(name);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new CliException("cannot read " + name + ": " + e.getMessage() + "; nothing was written", e);
    }
  }

  /** True when {@code dir/name} exists. */
  static boolean exists(Path dir, String name) {
    return Files.exists(dir.resolve(name));
  }

  /** The first line of a library's error message, which often spans several. */
  static String firstLine(String message) {
    return message == null ? "" : message.strip().split("\\R", 2)[0];
  }
}
