package io.github.dockerdsl.presets;

import io.github.dockerdsl.StageBody;
import io.github.dockerdsl.ignore.DockerIgnore;
import io.github.dockerdsl.image.ImageRef;
import io.github.dockerdsl.instruction.KeyValue;
import java.util.List;
import java.util.Objects;

/**
 * Named extension points of every preset, each a no-op by default: a company overrides the ones it
 * needs instead of copying the preset. Hooks see stage bodies and values, never rendered text.
 */
public interface PresetHooks {
  /** Hooks that change nothing. */
  PresetHooks NONE = new PresetHooks() {};

  /** The base image to use for a role; the proposal is the preset's choice. */
  default ImageRef baseImage(ImageRole role, ImageRef proposed) {
    return proposed;
  }

  /** Called in each dependency stage after WORKDIR, before the manifests are copied; runs as root. */
  default void beforeDependencies(StageBody stage) {}

  /** Called in each dependency stage right after dependencies are installed. */
  default void afterDependencies(StageBody stage) {}

  /** Called in the build stage after the application is built. */
  default void afterBuild(StageBody stage) {}

  /**
   * Called in the runtime stage right after FROM and the labels, while it still runs as root: the
   * place to install a CA certificate or create directories.
   */
  default void runtimeStage(StageBody stage) {}

  /** The OCI labels of the runtime stage; the proposal holds the preset's labels from its options. */
  default List<KeyValue> labels(List<KeyValue> proposed) {
    return proposed;
  }

  /** The {@code .dockerignore}; the proposal is the preset's file. */
  default DockerIgnore dockerIgnore(DockerIgnore proposed) {
    return proposed;
  }

  /** Hooks that run {@code first}, then {@code second}, each seeing the other's result. */
  static PresetHooks compose(PresetHooks first, PresetHooks second) {
    Objects.requireNonNull(first, "first == null");
    Objects.requireNonNull(second, "second == null");
    return new PresetHooks() {
      @Override
      public ImageRef baseImage(ImageRole role, ImageRef proposed) {
        return second.baseImage(role, first.baseImage(role, proposed));
      }

      @Override
      public void beforeDependencies(StageBody stage) {
        first.beforeDependencies(stage);
        second.beforeDependencies(stage);
      }

      @Override
      public void afterDependencies(StageBody stage) {
        first.afterDependencies(stage);
        second.afterDependencies(stage);
      }

      @Override
      public void afterBuild(StageBody stage) {
        first.afterBuild(stage);
        second.afterBuild(stage);
      }

      @Override
      public void runtimeStage(StageBody stage) {
        first.runtimeStage(stage);
        second.runtimeStage(stage);
      }

      @Override
      public List<KeyValue> labels(List<KeyValue> proposed) {
        return second.labels(first.labels(proposed));
      }

      @Override
      public DockerIgnore dockerIgnore(DockerIgnore proposed) {
        return second.dockerIgnore(first.dockerIgnore(proposed));
      }
    };
  }
}
