package io.github.dockerdsl.image;

import io.github.dockerdsl.internal.Ascii;
import io.github.dockerdsl.internal.Quoting;
import java.util.Objects;

/** A target platform for {@code FROM --platform}: {@code os/arch[/variant]} or a build-arg reference. */
public final class Platform {

  /** The platform the build runs on; the usual choice for builder stages that cross-compile. */
  public static final Platform BUILDPLATFORM = new Platform("$BUILDPLATFORM");
  /** The platform being built for. */
  public static final Platform TARGETPLATFORM = new Platform("$TARGETPLATFORM");

  private final String value;

  private Platform(String value) {
    this.value = value;
  }

  /** Parses {@code linux/amd64}, {@code linux/arm64/v8}, {@code linux}, {@code $BUILDPLATFORM} or {@code linux/$TARGETARCH}. */
  public static Platform parse(String text) {
    Objects.requireNonNull(text, "text == null");
    if (!isLiteral(text) && !(text.contains("$") && isWithVariables(text))) {
      throw new IllegalArgumentException(String.format(
          "platform '%s' is not valid; use os/arch[/variant] such as linux/amd64, or $BUILDPLATFORM",
          Quoting.visible(text)));
    }
    return new Platform(text);
  }

  /** True when the platform refers to a build arg, such as {@code $BUILDPLATFORM} or {@code linux/$TARGETARCH}. */
  public boolean isVariable() {
    return value.contains("$");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Platform && ((Platform) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }

  // Scanners, not regexes: our presets' builder stages say FROM --platform=$BUILDPLATFORM, and a pattern
  // would make every lint of one compile it and set up the JDK's method handles (docs/performance.md,
  // sixth round; PlatformScannerTest compares them with the regexes they replace).

  /**
   * {@code os[/arch[/variant]]}, {@code [a-z0-9_]+(/[a-z0-9_]+(/[a-z0-9]+)?)?}: BuildKit's platform
   * parser also takes the OS alone ({@code linux}).
   */
  static boolean isLiteral(String text) {
    int part = 0;
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '/') {
        if (i == start || part == 3) {
          return false;
        }
        part++;
        start = i + 1;
      } else {
        char c = text.charAt(i);
        boolean ok = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' && part < 2;
        if (!ok) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Text with build-arg references anywhere, as BuildKit expands them before parsing:
   * {@code linux/${TARGETARCH}}, {@code ${BUILDPLATFORM:-}}, the grammar
   * {@code (?:[a-z0-9_/.-]|\$[A-Za-z_][A-Za-z0-9_]*|\$\{[A-Za-z_][A-Za-z0-9_]*(?::?[-+?][!-|~]*)?})+}. A
   * default is printable ASCII: the platform is a flag, which BuildKit scans byte by byte (taking 0x85
   * and 0xA0 for spaces).
   */
  static boolean isWithVariables(String text) {
    if (text.isEmpty()) {
      return false;
    }
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '/' || c == '.' || c == '-') {
        i++;
      } else if (c != '$') {
        return false;
      } else if (i + 1 < text.length() && text.charAt(i + 1) == '{') {
        int name = Ascii.nameEnd(text, i + 2);
        if (name < 0) {
          return false;
        }
        i = name;
        int modifier = i < text.length() && text.charAt(i) == ':' ? i + 1 : i;
        if (modifier < text.length() && "-+?".indexOf(text.charAt(modifier)) >= 0) {
          i = modifier + 1;
          while (i < text.length() && (text.charAt(i) >= '!' && text.charAt(i) <= '|' || text.charAt(i) == '~')) {
            i++;
          }
        }
        if (i >= text.length() || text.charAt(i) != '}') {
          return false;
        }
        i++;
      } else {
        int name = Ascii.nameEnd(text, i + 1);
        if (name < 0) {
          return false;
        }
        i = name;
      }
    }
    return true;
  }

}
