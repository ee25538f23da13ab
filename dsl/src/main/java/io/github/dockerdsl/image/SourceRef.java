package io.github.dockerdsl.image;

/** What {@code COPY --from} and {@code --mount from=} read files from: a stage, an image or a named build context. */
public sealed interface SourceRef permits ImageRef, StageRef, NamedContext {
  /** The text written after {@code --from=} or {@code from=}. */
  String reference();
}
