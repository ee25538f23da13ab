package io.github.dockerdsl.parse;

import java.util.Objects;

/** Prints a Dockerfile in canonical form: parse, then write, with comments kept. */
public final class DockerfileFormatter {
  private DockerfileFormatter() {}

  /**
   * The canonical text of a Dockerfile; formatting canonical text returns it unchanged.
   *
   * @throws DockerfileSyntaxException if the text is not a valid Dockerfile
   */
  public static String format(String text) {
    Objects.requireNonNull(text, "text == null");
    return DockerfileParser.parse(text).dockerfile().toString();
  }

  /**
   * True when the text is already canonical, for a check mode that fails on a difference.
   *
   * @throws DockerfileSyntaxException if the text is not a valid Dockerfile
   */
  public static boolean isCanonical(String text) {
    return format(text).equals(text);
  }
}
