package io.github.dockerdsl.image;

import io.github.dockerdsl.internal.Quoting;
import java.util.Objects;
import java.util.regex.Pattern;

/** A target platform for {@code FROM --platform}: {@code os/arch[/variant]} or a build-arg reference. */
public final class Platform {
  private static final Pattern LITERAL = Pattern.compile("[a-z0-9]+/[a-z0-9_]+(/[a-z0-9]+)?");
  private static final Pattern VARIABLE = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*|\\{[A-Za-z_][A-Za-z0-9_]*})");

  /** The platform the build runs on; the usual choice for builder stages that cross-compile. */
  public static final Platform BUILDPLATFORM = new Platform("$BUILDPLATFORM");
  /** The platform being built for. */
  public static final Platform TARGETPLATFORM = new Platform("$TARGETPLATFORM");

  private final String value;

  private Platform(String value) {
    this.value = value;
  }

  /** Parses {@code linux/amd64}, {@code linux/arm64/v8} or {@code $BUILDPLATFORM}. */
  public static Platform parse(String text) {
    Objects.requireNonNull(text, "text == null");
    if (!LITERAL.matcher(text).matches() && !VARIABLE.matcher(text).matches()) {
      throw new IllegalArgumentException(String.format(
          "platform '%s' is not valid; use os/arch[/variant] such as linux/amd64, or $BUILDPLATFORM",
          Quoting.visible(text)));
    }
    return new Platform(text);
  }

  /** True for a build-arg reference such as {@code $BUILDPLATFORM}. */
  public boolean isVariable() {
    return value.startsWith("$");
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
