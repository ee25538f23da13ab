package io.github.dockerdsl.image;

/** The empty base image, {@code FROM scratch}. */
public enum Scratch implements BaseImage {
  /** The only value. */
  SCRATCH;

  @Override
  public String toString() {
    return "scratch";
  }
}
