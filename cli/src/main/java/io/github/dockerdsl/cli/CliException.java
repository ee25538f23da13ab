package io.github.dockerdsl.cli;

/** A failure the user can fix, reported as one line on stderr with exit code 2. */
final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  CliException(String message) {
    super(message);
  }

  CliException(String message, Throwable cause) {
    super(message, cause);
  }
}
