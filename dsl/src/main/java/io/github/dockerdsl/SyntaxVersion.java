package io.github.dockerdsl;

import io.github.dockerdsl.internal.Quoting;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Dockerfile frontend version ({@code docker/dockerfile:1.N}): what a feature needs and what a
 * builder supports.
 *
 * @param major the major version, 1 today
 * @param minor the minor version
 */
public record SyntaxVersion(int major, int minor) implements Comparable<SyntaxVersion> {
  private static final Pattern FRONTEND =
      Pattern.compile("(?:docker\\.io/)?docker/dockerfile(?:-upstream)?:(\\d+)(?:\\.(\\d+))?(?:\\.\\d+)?(-labs)?(@.*)?");

  /** What every builder understands: no BuildKit-only features. */
  public static final SyntaxVersion CLASSIC = new SyntaxVersion(1, 0);

  /**
   * The frontend built into Docker Engine 20.10 (BuildKit 0.8): mounts and {@code --chmod}, but no
   * heredocs, {@code --link}, {@code --network} or {@code --exclude}.
   */
  public static final SyntaxVersion ENGINE_20_10 = new SyntaxVersion(1, 2);

  /** The newest version this library knows features of. */
  public static final SyntaxVersion LATEST = new SyntaxVersion(1, 20);

  /** Checks the numbers. */
  public SyntaxVersion {
    if (major < 1 || minor < 0) {
      throw new IllegalArgumentException(String.format(
          "syntax version '%d.%d' is not valid; versions are 1.0 and later", major, minor));
    }
  }

  /** Version {@code 1.minor}. */
  public static SyntaxVersion of(int major, int minor) {
    return new SyntaxVersion(major, minor);
  }

  /**
   * The version a {@code # syntax=} value selects: {@code docker/dockerfile:1.7} is 1.7, and the
   * floating {@code docker/dockerfile:1} is the newest 1.x. Other frontends are unknown.
   */
  public static Optional<SyntaxVersion> ofFrontend(String syntax) {
    Objects.requireNonNull(syntax, "syntax == null");
    Matcher m = FRONTEND.matcher(syntax);
    if (!m.matches()) {
      return Optional.empty();
    }
    int major = Integer.parseInt(m.group(1));
    return Optional.of(m.group(2) == null ? new SyntaxVersion(major, Integer.MAX_VALUE)
        : new SyntaxVersion(major, Integer.parseInt(m.group(2))));
  }

  /** Parses {@code 1.4}. */
  public static SyntaxVersion parse(String text) {
    Objects.requireNonNull(text, "text == null");
    if (!text.matches("\\d{1,3}\\.\\d{1,3}")) {
      throw new IllegalArgumentException(String.format(
          "syntax version '%s' is not valid; write major.minor such as 1.4", Quoting.visible(text)));
    }
    String[] parts = text.split("\\.");
    return new SyntaxVersion(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
  }

  /** True when this version has everything {@code other} has. */
  public boolean isAtLeast(SyntaxVersion other) {
    return compareTo(other) >= 0;
  }

  /** The pinned frontend image for this version, e.g. {@code docker/dockerfile:1.4}. */
  public String frontendImage() {
    return "docker/dockerfile:" + this;
  }

  @Override
  public int compareTo(SyntaxVersion o) {
    return major != o.major ? Integer.compare(major, o.major) : Integer.compare(minor, o.minor);
  }

  @Override
  public String toString() {
    return minor == Integer.MAX_VALUE ? Integer.toString(major) : major + "." + minor;
  }
}
