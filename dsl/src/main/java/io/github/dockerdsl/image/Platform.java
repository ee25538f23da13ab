package io.github.dockerdsl.image;

import io.github.dockerdsl.internal.Quoting;
import java.util.Objects;
import java.util.regex.Pattern;

/** A target platform for {@code FROM --platform}: {@code os/arch[/variant]} or a build-arg reference. */
public final class Platform {
  /** {@code os[/arch[/variant]]}: BuildKit's platform parser also takes the OS alone ({@code linux}). */
  private static final Pattern LITERAL = Pattern.compile("[a-z0-9_]+(/[a-z0-9_]+(/[a-z0-9]+)?)?");
  /**
   * Text with build-arg references anywhere, as BuildKit expands them before parsing:
   * {@code linux/${TARGETARCH}}, {@code ${BUILDPLATFORM:-}}. A default is printable ASCII: the
   * platform is a flag, which BuildKit scans byte by byte (taking 0x85 and 0xA0 for spaces).
   */
  private static final Pattern WITH_VARIABLES = Pattern.compile(
      "(?:[a-z0-9_/.-]|\\$[A-Za-z_][A-Za-z0-9_]*|\\$\\{[A-Za-z_][A-Za-z0-9_]*(?::?[-+?][!-|~]*)?})+");

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
    if (!LITERAL.matcher(text).matches() && !(text.contains("$") && WITH_VARIABLES.matcher(text).matches())) {
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
}
