package io.github.dockerdsl.rule.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dockerdsl.Dockerfile;
import io.github.dockerdsl.Stage;
import io.github.dockerdsl.image.ImageRef;
import io.github.dockerdsl.instruction.Command;
import io.github.dockerdsl.instruction.Copy;
import io.github.dockerdsl.instruction.Run;
import io.github.dockerdsl.mount.CacheMount;
import io.github.dockerdsl.rule.Policy;
import io.github.dockerdsl.rule.Rules;
import io.github.dockerdsl.rule.Violation;
import java.util.stream.Collectors;
import org.approvaltests.Approvals;
import org.junit.jupiter.api.Test;

/** DF001 over FROM and the images COPY --from and RUN --mount from= read; fixes keep the registry. */
class PinnedBaseImageTest {
  @Test
  void fix_keeps_the_registry_of_a_built_dockerfile() {
    Dockerfile df = Dockerfile.builder()
        .stage(Stage.from("gcr.io/distroless/static-debian12").user("65532").build()).build(Policy.none());
    assertThat(Rules.PINNED_BASE_IMAGE.id()).isNotNull();
    assertThat(Policy.strict().evaluate(df).stream().filter(v -> v.rule().equals(Rules.PINNED_BASE_IMAGE.id()))
        .map(Violation::fix))
        .containsExactly("pin a version tag, and a digest for immutability, e.g. "
            + "Stage.from(\"gcr.io/distroless/static-debian12:<version>@sha256:<64 hex>\")");
  }

  @Test
  void images_read_by_copy_and_mounts_are_checked_in_code() {
    Dockerfile df = Dockerfile.builder().stage(Stage.from("node:20").user("node")
        .copy(Copy.of("/bin/busybox", "/bin/").withFrom(ImageRef.parse("quay.io/prometheus/busybox")))
        .run(Run.of(Command.shell("ls /seed"))
            .withMount(CacheMount.of("/seed").withFrom(ImageRef.parse("localhost:5000/team/seed:latest"))))
        .build()).build(Policy.none());
    assertThat(Policy.strict().evaluate(df).stream().filter(v -> v.rule().equals(Rules.PINNED_BASE_IMAGE.id()))
        .map(v -> v.location().instructionIndex() + " " + v.message() + " | " + v.fix()))
        .containsExactly(
            "1 image 'quay.io/prometheus/busybox' has no tag, so it means 'latest' and changes without notice | pin a "
                + "version tag, and a digest for immutability, e.g. "
                + "ImageRef.parse(\"quay.io/prometheus/busybox:<version>@sha256:<64 hex>\")",
            "2 mounted image 'localhost:5000/team/seed:latest' uses the mutable tag 'latest' | pin a version tag, and "
                + "a digest for immutability, e.g. ImageRef.parse(\"localhost:5000/team/seed:<version>@sha256:<64 hex>\")");
  }

  @Test
  void linted_text_gets_dockerfile_fixes_with_the_full_reference() {
    String text = String.join("\n",
        "FROM ghcr.io/acme/base AS base",
        "COPY --from=registry.example.com:5000/tools/lint:latest /lint /usr/local/bin/lint",
        "RUN --mount=type=bind,from=quay.io/acme/seed,target=/seed cp -r /seed /data",
        "",
        "FROM gcr.io/distroless/static-debian12",
        "COPY --from=base /data /data",
        "USER 65532",
        "");
    Approvals.verify(ParsedFindings.violations(Rules.PINNED_BASE_IMAGE, text).stream()
        .map(v -> v.location().describe() + ": " + v.message() + "\n  fix: " + v.fix())
        .collect(Collectors.joining("\n")));
  }
}
