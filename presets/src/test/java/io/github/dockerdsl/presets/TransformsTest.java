package io.github.dockerdsl.presets;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dockerdsl.Dockerfile;
import io.github.dockerdsl.Stage;
import io.github.dockerdsl.image.Digest;
import io.github.dockerdsl.image.ImageRef;
import io.github.dockerdsl.instruction.Command;
import io.github.dockerdsl.instruction.Copy;
import io.github.dockerdsl.instruction.Run;
import io.github.dockerdsl.mount.BindMount;
import io.github.dockerdsl.mount.CacheMount;
import io.github.dockerdsl.rule.Policy;
import java.util.Map;
import java.util.Optional;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.junit.jupiter.api.Test;

/** Registry rewrites and digest pinning reach every image a Dockerfile reads, not only FROM. */
class TransformsTest {
  private static final Options DOCKERFILE = new Options().forFile().withExtension(".Dockerfile");
  private static final String MIRROR = "registry.acme.internal/dockerhub";

  /** FROM, COPY --from=<image>, and bind and cache mounts from an image. */
  private static Dockerfile imagesEverywhere() {
    Stage build = Stage.from("golang:1.22-bookworm").as("build")
        .copy(Copy.of("/usr/local/bin/golangci-lint", "/usr/local/bin/")
            .withFrom(ImageRef.parse("golangci/golangci-lint:v1.59")))
        .run(Run.of(Command.shell("go build -o /out/app ."))
            .withMount(BindMount.of("/tools").withFrom(ImageRef.parse("busybox:1.36")))
            .withMount(CacheMount.of("/root/.cache/go-build").withFrom(ImageRef.parse("ghcr.io/acme/go-cache:1"))))
        .build();
    Stage runtime = Stage.from("gcr.io/distroless/static-debian12:nonroot")
        .copyFrom(build, "/out/app", "/app")
        .entrypoint("/app")
        .build();
    return Dockerfile.builder().stage(build).stage(runtime).build(Policy.none());
  }

  @Test
  void rewrite_registry_and_pin_digests_cover_copy_from_and_mounts() {
    Dockerfile mirrored = Transforms.rewriteRegistry(Optional.empty(), MIRROR).apply(imagesEverywhere());
    Digest digest = Digest.sha256("a".repeat(64));
    Dockerfile pinned = Transforms.pinDigests(Map.of(
        MIRROR + "/library/golang:1.22-bookworm", digest,
        MIRROR + "/golangci/golangci-lint:v1.59", digest,
        MIRROR + "/library/busybox:1.36", digest,
        "ghcr.io/acme/go-cache:1", digest,
        "gcr.io/distroless/static-debian12:nonroot", digest)).apply(mirrored);
    Approvals.verify(pinned.toString(), DOCKERFILE);
  }

  @Test
  void pin_digests_refuses_an_image_only_copy_from_names() {
    Map<String, Digest> lock = Map.of(
        "golang:1.22-bookworm", Digest.sha256("a".repeat(64)),
        "gcr.io/distroless/static-debian12:nonroot", Digest.sha256("b".repeat(64)));
    assertThatThrownBy(() -> Transforms.pinDigests(lock).apply(imagesEverywhere()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("image 'golangci/golangci-lint:v1.59' has no digest in the lock; add it to the lock map, "
            + "e.g. \"golangci/golangci-lint:v1.59\" -> Digest.sha256(\"<64 hex>\")");
  }
}
