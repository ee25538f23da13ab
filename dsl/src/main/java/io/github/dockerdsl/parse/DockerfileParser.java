package io.github.dockerdsl.parse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads Dockerfile text into the same model the builders make, keeping line and column of every
 * instruction; what the model cannot represent becomes a {@code Raw} instruction, never a silent drop.
 */
public final class DockerfileParser {
  private DockerfileParser() {}

  /**
   * Parses Dockerfile text.
   *
   * @throws DockerfileSyntaxException if the text is not a valid Dockerfile; never another runtime exception
   */
  public static ParsedDockerfile parse(String text) {
    Objects.requireNonNull(text, "text == null");
    try {
      try {
        // Renders every instruction once, in build(): the common case, a file the writer can write back.
        return new Parser(text, false).parse();
      } catch (RuntimeException | StackOverflowError e) {
        // Something failed. Parse again rendering each instruction as it is read, so that what the
        // writer refuses becomes Raw (and a real error is reported exactly as before).
        return new Parser(text, true).parse();
      }
    } catch (DockerfileSyntaxException e) {
      throw e;
    } catch (RuntimeException | StackOverflowError e) {
      throw new DockerfileSyntaxException("input could not be parsed (" + e + "); please report this as a bug",
          1, 1, "", e);
    }
  }

  /**
   * Parses a Dockerfile read as UTF-8.
   *
   * @throws DockerfileSyntaxException if the text is not a valid Dockerfile
   * @throws UncheckedIOException if the file cannot be read
   */
  public static ParsedDockerfile parse(Path path) {
    Objects.requireNonNull(path, "path == null");
    String text;
    try {
      text = Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
    }
    return parse(text);
  }
}
