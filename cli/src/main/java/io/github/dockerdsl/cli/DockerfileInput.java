package io.github.dockerdsl.cli;

import io.github.dockerdsl.parse.DockerfileParser;
import io.github.dockerdsl.parse.DockerfileSyntaxException;
import io.github.dockerdsl.parse.ParsedDockerfile;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads Dockerfiles given on the command line, with one-line errors naming the file and position. */
final class DockerfileInput {
  private DockerfileInput() {}

  /** The file's text, read as UTF-8. */
  static String read(Path file) {
    if (Files.isDirectory(file)) {
      throw new CliException(file + ": is a directory; pass a Dockerfile");
    }
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new CliException(file + ": no such file");
    } catch (CharacterCodingException e) {
      throw new CliException(file + ": is not UTF-8 text");
    } catch (IOException e) {
      throw new CliException(file + ": cannot read: " + e.getMessage(), e);
    }
  }

  /** Parses the file; a syntax error becomes {@code FILE:line:col: problem}. */
  static ParsedDockerfile parse(Path file) {
    String text = read(file);
    try {
      return DockerfileParser.parse(text);
    } catch (DockerfileSyntaxException e) {
      throw syntaxError(file, e);
    }
  }

  /** The one-line error for a syntax error in a file. */
  static CliException syntaxError(Path file, DockerfileSyntaxException e) {
    return new CliException(file + ":" + e.line() + ":" + e.column() + ": " + e.problem(), e);
  }
}
