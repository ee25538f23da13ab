package io.github.dockerdsl.parse;

import io.github.dockerdsl.testing.RandomDockerfiles;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dockerdsl.Dockerfile;
import io.github.dockerdsl.Stage;
import io.github.dockerdsl.instruction.Command;
import io.github.dockerdsl.instruction.PackageInstall;
import io.github.dockerdsl.instruction.Run;
import io.github.dockerdsl.rule.Policy;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/**
 * The writer's output is already canonical: {@code format(render(x)) == render(x)} over seeded random
 * models, including the shapes only the builder API makes (package lists nested under an install
 * command, deeper-indented continuation lines). "Generate in the build, {@code fmt --check} in CI"
 * depends on it. Each failure names its seed.
 */
class WriterIsCanonicalPropertyTest {
  private static final long BASE_SEED = 0xc0ffee_0011L;
  private static final String[] PACKAGES = {"curl", "ca-certificates", "git", "tzdata", "libpq5", "openssl"};

  @RepeatedTest(300)
  void formatting_rendered_output_changes_nothing(RepetitionInfo info) {
    long seed = BASE_SEED + info.getCurrentRepetition();
    Random random = new Random(seed);
    Dockerfile base = new RandomDockerfiles(seed).next();
    Stage.Builder extra = Stage.from("debian:bookworm-slim");
    for (int i = random.nextInt(3); i >= 0; i--) {
      extra.run(random.nextBoolean() ? packageInstall(random).toRun() : Run.of(Command.shellLines(nestedLines(random))));
    }
    Dockerfile model = base.toBuilder().stage(extra.build()).build(Policy.none());
    String text = model.toString();
    assertThat(DockerfileFormatter.format(text)).as("seed %d: format(render(x)) == render(x) for%n%s", seed, text)
        .isEqualTo(text);
    assertThat(DockerfileParser.parse(text).dockerfile()).as("seed %d: parse(render(x)) == x", seed).isEqualTo(model);
  }

  @Test
  void a_multi_package_install_is_canonical_and_keeps_its_nesting() {
    Dockerfile df = Dockerfile.builder()
        .stage(Stage.from("debian:bookworm-slim").run(PackageInstall.apt("ca-certificates", "curl").toRun()).build())
        .build(Policy.none());
    assertThat(df.toString()).isEqualTo("FROM debian:bookworm-slim\n"
        + "RUN apt-get update \\\n"
        + "    && apt-get install -y --no-install-recommends \\\n"
        + "        ca-certificates \\\n"
        + "        curl \\\n"
        + "    && rm -rf /var/lib/apt/lists/*\n");
    assertThat(DockerfileFormatter.isCanonical(df.toString())).isTrue();
  }

  @Test
  void the_formatter_starts_continuation_lines_at_four_spaces_and_keeps_deeper_indentation() {
    // what lies past the writer's four spaces is the command's own (BuildKit keeps it); less is re-indented
    assertThat(DockerfileFormatter.format("FROM alpine:3.20\nRUN a \\\n  && b \\\n\t&& c \\\n      d \\\n          d \\\n\t\te\n"))
        .isEqualTo("FROM alpine:3.20\nRUN a \\\n    && b \\\n    && c \\\n      d \\\n          d \\\n    e\n");
  }

  private static PackageInstall packageInstall(Random random) {
    PackageInstall.Manager manager = PackageInstall.Manager.values()[random.nextInt(PackageInstall.Manager.values().length)];
    List<String> names = new ArrayList<>();
    for (int i = 1 + random.nextInt(4); i > 0; i--) {
      String name = PACKAGES[random.nextInt(PACKAGES.length)];
      if (!names.contains(name)) {
        names.add(name);
      }
    }
    PackageInstall install = PackageInstall.of(manager, names);
    return random.nextBoolean() ? install.withCacheMounts() : install;
  }

  /** Continuation lines, some nested one level (four spaces beyond the writer's own indent). */
  private static List<String> nestedLines(Random random) {
    List<String> lines = new ArrayList<>();
    lines.add("set -eu");
    for (int i = 1 + random.nextInt(4); i > 0; i--) {
      lines.add((random.nextBoolean() ? "    " : "") + (random.nextBoolean() ? "&& echo " : "") + "step" + i);
    }
    return lines;
  }
}
