package io.github.dockerdsl.image;

/**
 * A reference to an earlier stage by its name. Builders make it from a stage object
 * ({@code Stage.ref()}), so user code never spells stage names twice.
 */
public record StageRef(String name) implements BaseImage, SourceRef {
  /** Validates the name with the stage-name rules of BuildKit. */
  public StageRef {
    Names.checkStageName(name, "stage name");
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
