package io.github.dockerdsl.image;

/** What a stage starts FROM: an image, an earlier stage, or {@code scratch}. */
public sealed interface BaseImage permits ImageRef, StageRef, Scratch {}
