package io.github.dockerdsl.presets;

import io.github.dockerdsl.Dockerfile;
import io.github.dockerdsl.Stage;
import io.github.dockerdsl.image.Digest;
import io.github.dockerdsl.image.ImageRef;
import io.github.dockerdsl.instruction.KeyValue;
import io.github.dockerdsl.instruction.Label;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Ready-made {@link DockerfileTransform}s for company standards. */
public final class Transforms {
  private Transforms() {}

  /**
   * Moves every image the stages read (FROM, {@code COPY --from=<image>}, {@code RUN --mount=from=<image>})
   * from Docker Hub (or {@code from}, when given) to a mirror such as {@code registry.acme.internal/dockerhub}:
   * {@code node:20} becomes {@code registry.acme.internal/dockerhub/library/node:20}.
   */
  public static DockerfileTransform rewriteRegistry(Optional<String> from, String mirror) {
    Objects.requireNonNull(from, "from == null");
    Objects.requireNonNull(mirror, "mirror == null");
    ImageRef.parse(mirror + "/probe");
    return mapImages(image -> {
      if (!image.registry().equals(from) && !(from.isEmpty() && image.registry().equals(Optional.of("docker.io")))) {
        return image;
      }
      String repository = from.isEmpty() && !image.repository().contains("/")
          ? "library/" + image.repository() : image.repository();
      return ImageRef.parse(mirror + "/" + repository + image.tag().map(t -> ":" + t).orElse("")
          + image.digest().map(d -> "@" + d).orElse(""));
    });
  }

  /**
   * Pins every image the stages read (FROM, {@code COPY --from=<image>}, {@code RUN --mount=from=<image>}) to
   * digests from a lock map keyed by the reference without digest, such as
   * {@code registry.acme.internal/dockerhub/library/node:20-bookworm-slim}; an image missing from the lock is
   * refused, so nothing goes out unpinned by accident.
   */
  public static DockerfileTransform pinDigests(Map<String, Digest> lock) {
    Map<String, Digest> copy = Map.copyOf(lock);
    return mapImages(image -> {
      Digest digest = copy.get(image.withoutDigest().toString());
      if (digest == null) {
        throw new IllegalArgumentException(String.format(
            "image '%s' has no digest in the lock; add it to the lock map, e.g. \"%s\" -> Digest.sha256(\"<64 hex>\")",
            image, image.withoutDigest()));
      }
      return image.withDigest(digest);
    });
  }

  /** Adds labels to the final stage, after its other instructions. */
  public static DockerfileTransform addLabels(List<KeyValue> labels) {
    List<KeyValue> copy = List.copyOf(labels);
    return dockerfile -> {
      List<Stage> stages = new ArrayList<>(dockerfile.stages());
      Stage last = stages.get(stages.size() - 1);
      stages.set(stages.size() - 1, last.toBuilder().instruction(new Label(copy)).build());
      return dockerfile.toBuilder().replaceStages(stages).build(dockerfile.policy());
    };
  }

  /** Maps every image the stages read: FROM, {@code COPY --from=<image>} and {@code RUN --mount=from=<image>}. */
  private static DockerfileTransform mapImages(UnaryOperator<ImageRef> mapping) {
    return dockerfile -> {
      Map<ImageRef, ImageRef> seen = new LinkedHashMap<>();
      List<Stage> stages = new ArrayList<>();
      for (Stage stage : dockerfile.stages()) {
        stages.add(stage.mapImages(image -> seen.computeIfAbsent(image, mapping)));
      }
      return dockerfile.toBuilder().replaceStages(stages).build(dockerfile.policy());
    };
  }
}
