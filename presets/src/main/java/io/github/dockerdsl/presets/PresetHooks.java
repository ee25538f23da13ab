package io.github.dockerdsl.presets;

import io.github.dockerdsl.StageBody;
import io.github.dockerdsl.ignore.DockerIgnore;
import io.github.dockerdsl.image.BaseImage;
import io.github.dockerdsl.image.ImageRef;
import io.github.dockerdsl.instruction.KeyValue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * Named extension points of every preset, each a no-op by default: a company overrides the ones it
 * needs instead of copying the preset. Hooks see stage bodies and values, never rendered text.
 *
 * <p>Where each is called, in stage order (docs/company-standards.md has the table and a generated
 * example that marks every point): {@link #baseImage} before any stage; in each build stage the
 * one package install (the preset's, the options' and {@link #packages} for {@link ImageRole#BUILD}),
 * then WORKDIR, {@link #beforeDependencies}, the dependency install, {@link #afterDependencies}, the
 * build, {@link #afterBuild}; in the runtime stage the one package install (for {@link ImageRole#RUNTIME}),
 * {@link #runtimeStage}, the preset's setup and application COPYs, the options' files and ENV,
 * {@link #afterApplication}, then USER and the start command; {@link #labels} for the LABEL at the end,
 * {@link #dockerIgnore} for the ignore file.
 */
public interface PresetHooks {
  /** Hooks that change nothing. */
  PresetHooks NONE = new PresetHooks() {};

  /** The base image to use for a role; the proposal is the preset's choice. */
  default ImageRef baseImage(ImageRole role, ImageRef proposed) {
    return proposed;
  }

  /**
   * OS packages this hook needs in the stages of a role, such as {@code ca-certificates}: the preset
   * installs them in its one install layer of each stage, with its own and the options' packages, so
   * two hooks never cost two {@code apt-get update} layers. {@code base} is what the stage starts FROM,
   * to ask for nothing on images without a package manager (distroless, scratch), where a request is refused.
   */
  default List<String> packages(ImageRole role, BaseImage base) {
    return List.of();
  }

  /** Called in each dependency stage after WORKDIR, before the manifests are copied; runs as root. */
  default void beforeDependencies(StageBody stage) {}

  /** Called in each dependency stage right after dependencies are installed. */
  default void afterDependencies(StageBody stage) {}

  /** Called in the build stage after the application is built. */
  default void afterBuild(StageBody stage) {}

  /**
   * Called in the runtime stage right after FROM and its package install, before WORKDIR and the
   * preset's own setup, while it still runs as root: the place to install a CA certificate.
   */
  default void runtimeStage(StageBody stage) {}

  /**
   * Called in the runtime stage after the application (and the options' files and ENV) is copied,
   * before USER, still as root: the place for {@code COPY public ./public}, a config file, or a RUN
   * that needs the application's files.
   */
  default void afterApplication(StageBody stage) {}

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
      public List<String> packages(ImageRole role, BaseImage base) {
        LinkedHashSet<String> all = new LinkedHashSet<>(first.packages(role, base));
        all.addAll(second.packages(role, base));
        return new ArrayList<>(all);
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
      public void afterApplication(StageBody stage) {
        first.afterApplication(stage);
        second.afterApplication(stage);
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
