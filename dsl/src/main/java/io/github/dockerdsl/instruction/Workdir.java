package io.github.dockerdsl.instruction;

import io.github.dockerdsl.internal.Quoting;
import java.util.regex.Pattern;
import io.github.dockerdsl.render.DockerfileWriter;

/**
 * WORKDIR: the directory for later instructions and the container; created when missing.
 *
 * @param path the directory, absolute by good practice
 */
public record Workdir(String path) implements Instruction {
  /** Checks the path can be written. */
  public Workdir {
    Paths.check(path, "WORKDIR path");
    // the message is made only when the check fails (Quoting.visible scans the whole value)
    if (path.startsWith("--")) {
      throw new IllegalArgumentException(String.format(
          "WORKDIR path '%s' starts with '--', which BuildKit reads as a flag; write './%s'", Quoting.visible(path),
          Quoting.visible(path)));
    }
  }

  /** WORKDIR {@code path}. */
  public static Workdir of(String path) {
    return new Workdir(path);
  }

  /** True for paths starting with '/', a Windows drive, or a variable. */
  public boolean isAbsolute() {
    return path.startsWith("/") || path.startsWith("$") || Regex.WINDOWS_ABSOLUTE.matcher(path).matches();
  }

  @Override
  public String keyword() {
    return "WORKDIR";
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visitWorkdir(this);
  }

  @Override
  public String toString() {
    return DockerfileWriter.render(this);
  }

  /** Compiled on first use, not when the class loads: a one-file lint that never needs them compiles none. */
  private static final class Regex {
    static final java.util.regex.Pattern WINDOWS_ABSOLUTE = Pattern.compile("[A-Za-z]:[\\\\/].*");
  }
}
