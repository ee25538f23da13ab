package io.github.dockerdsl;

import io.github.dockerdsl.internal.Ascii;
import io.github.dockerdsl.internal.Quoting;
import java.util.Objects;
import java.util.Optional;

/**
 * A Dockerfile frontend version ({@code docker/dockerfile:1.N}): what a feature needs and what a
 * builder supports.
 *
 * @param major the major version, 1 today
 * @param minor the minor version
 */
public record SyntaxVersion(int major, int minor) implements Comparable<SyntaxVersion> {

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
    int[] version = frontendVersion(syntax);
    if (version == null) {
      return Optional.empty();
    }
    return Optional.of(new SyntaxVersion(version[0], version[1]));
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

  /**
   * The major and minor ({@code Integer.MAX_VALUE} when floating) of a frontend reference, the grammar
   * {@code (?:docker\.io/)?docker/dockerfile(?:-upstream)?:(\d+)(?:\.(\d+))?(?:\.\d+)?(-labs)?(@.*)?}, or
   * null: by hand, as every file with {@code # syntax=} asks it, and a regex would make a lint compile it
   * and set up the JDK's method handles ({@code FrontendScannerTest} compares the two).
   */
  static int[] frontendVersion(String syntax) {
    int i = syntax.startsWith("docker.io/") ? 10 : 0;
    if (!syntax.startsWith("docker/dockerfile", i)) {
      return null;
    }
    i += 17;
    if (syntax.startsWith("-upstream", i)) {
      i += 9;
    }
    if (!syntax.startsWith(":", i)) {
      return null;
    }
    int majorEnd = Ascii.digitsEnd(syntax, i + 1);
    if (majorEnd == i + 1) {
      return null;
    }
    String major = syntax.substring(i + 1, majorEnd);
    String minor = null;
    i = majorEnd;
    if (syntax.startsWith(".", i) && Ascii.digitsEnd(syntax, i + 1) > i + 1) {
      minor = syntax.substring(i + 1, Ascii.digitsEnd(syntax, i + 1));
      i = Ascii.digitsEnd(syntax, i + 1);
      if (syntax.startsWith(".", i) && Ascii.digitsEnd(syntax, i + 1) > i + 1) {
        i = Ascii.digitsEnd(syntax, i + 1);
      }
    }
    if (syntax.startsWith("-labs", i)) {
      i += 5;
    }
    if (syntax.startsWith("@", i)) {
      for (int k = i + 1; k < syntax.length(); k++) {
        char c = syntax.charAt(k);
        if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
          return null; // the regex's '.' stops at a line terminator
        }
      }
      i = syntax.length();
    }
    if (i != syntax.length()) {
      return null;
    }
    return new int[] {Integer.parseInt(major), minor == null ? Integer.MAX_VALUE : Integer.parseInt(minor)};
  }

}
