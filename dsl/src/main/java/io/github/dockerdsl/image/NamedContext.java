package io.github.dockerdsl.image;

/** A named build context passed with {@code docker build --build-context NAME=...}. */
public record NamedContext(String name) implements SourceRef {
  /** Validates the name; contexts follow the same rule as stage names. */
  public NamedContext {
    if (name == null) {
      throw new NullPointerException("name == null");
    }
    if (!Names.isStageName(name)) {
      throw new IllegalArgumentException(String.format(
          "build context name '%s' is not valid; names match [a-z][a-z0-9_.-]*",
          io.github.dockerdsl.internal.Quoting.visible(name)));
    }
  }

  /** Names a build context. */
  public static NamedContext of(String name) {
    return new NamedContext(name);
  }

  @Override
  public String reference() {
    return name;
  }

  @Override
  public String toString() {
    return name;
  }
}
