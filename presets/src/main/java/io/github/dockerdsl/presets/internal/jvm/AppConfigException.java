package io.github.dockerdsl.presets.internal.jvm;

/**
 * A setting of the application's configuration that cannot be used, or a file that cannot be read;
 * the message names the file, the key, the value and the override that fixes it. Not API.
 */
public final class AppConfigException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The message is the whole sentence the user reads. */
  public AppConfigException(String message) {
    super(message);
  }

  /** As above, with the library's failure as the cause. */
  public AppConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
