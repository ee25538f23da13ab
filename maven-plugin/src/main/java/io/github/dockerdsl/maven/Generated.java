package io.github.dockerdsl.maven;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What {@code generate} writes and {@code check} compares: the texts with their generated-by headers.
 *
 * @param source what made them, such as {@code preset java} or {@code provider com.acme.Docker}
 * @param header the generated-by header both files carry
 * @param dockerfile the Dockerfile's text
 * @param dockerIgnore the {@code .dockerignore}'s text, when one is written
 * @param evidence the project facts used, one line each, for the build log
 */
record Generated(String source, String header, String dockerfile, Optional<String> dockerIgnore, List<String> evidence) {
  /** One file to write or compare. */
  record GeneratedFile(Path path, String content) {}

  /** The files under {@code directory}. */
  List<GeneratedFile> files(Path directory) {
    List<GeneratedFile> files = new ArrayList<>();
    files.add(new GeneratedFile(directory.resolve("Dockerfile"), dockerfile));
    dockerIgnore.ifPresent(text -> files.add(new GeneratedFile(directory.resolve(".dockerignore"), text)));
    return files;
  }
}
