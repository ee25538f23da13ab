package io.github.dockerdsl.benchmarks;

import io.github.dockerdsl.Dockerfile;
import io.github.dockerdsl.Origin;
import io.github.dockerdsl.Stage;
import io.github.dockerdsl.image.ImageRef;
import io.github.dockerdsl.image.SourceRef;
import io.github.dockerdsl.instruction.Cmd;
import io.github.dockerdsl.instruction.Command;
import io.github.dockerdsl.instruction.Copy;
import io.github.dockerdsl.instruction.Env;
import io.github.dockerdsl.instruction.Expose;
import io.github.dockerdsl.instruction.FileMode;
import io.github.dockerdsl.instruction.Healthcheck;
import io.github.dockerdsl.instruction.Heredoc;
import io.github.dockerdsl.instruction.Instruction;
import io.github.dockerdsl.instruction.Label;
import io.github.dockerdsl.instruction.Network;
import io.github.dockerdsl.instruction.Port;
import io.github.dockerdsl.instruction.Run;
import io.github.dockerdsl.instruction.User;
import io.github.dockerdsl.instruction.UserSpec;
import io.github.dockerdsl.instruction.Workdir;
import io.github.dockerdsl.mount.BindMount;
import io.github.dockerdsl.mount.CacheMount;
import io.github.dockerdsl.mount.SecretMount;
import io.github.dockerdsl.mount.Sharing;
import io.github.dockerdsl.mount.SshMount;
import io.github.dockerdsl.mount.TmpfsMount;
import io.github.dockerdsl.render.DockerfileWriter;
import java.time.Duration;

/**
 * The benchmark workload: a 10-stage Dockerfile of exactly 200 stage-body instructions (20 per
 * stage, plus the 10 FROM lines), built through the public DSL the way user code would build it.
 *
 * <p>Each stage holds 7 RUNs (cache, bind-from-stage, tmpfs, secret and ssh mounts, a network mode,
 * a one-document and a two-document heredoc, a multi-line {@code &&} chain), 3 COPYs ({@code --from}
 * the previous stage with {@code --chown --chmod --link}, one with {@code --exclude}, one heredoc
 * source), 2 ENVs of several pairs, 2 LABELs, ARG, WORKDIR, USER, EXPOSE, HEALTHCHECK with every
 * timing, and an exec-form CMD. Even stages start FROM an image, odd stages FROM the stage before
 * them, so {@code build()} has a real stage graph to check. The Dockerfile asks for the
 * {@code # syntax} its features need, so {@code build()} also runs the feature scan.
 *
 * <p>Strings vary by stage only through constant tables, so the benchmark measures the DSL rather
 * than string formatting in the workload.
 */
public final class TenStageDockerfile {
  /** Stages in the workload. */
  public static final int STAGES = 10;

  /** Stage-body instructions in the workload (FROM lines not counted). */
  public static final int INSTRUCTIONS = 200;

  private static final String[] NAMES = {
      "base", "toolchain", "deps", "codegen", "compile", "test", "docs", "assets", "package", "runtime"};

  private static final String[] IMAGES = {
      "debian:bookworm-slim", null, "registry.example.com:5000/build/golang:1.22-bookworm", null,
      "node:20.11.1-bookworm-slim", null, "python:3.12-slim", null,
      "ghcr.io/example/tools/packager:2.4.0@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
      null};

  private static final String[] DESCRIPTIONS = {
      "operating system base", "compilers and build tools", "third-party dependencies", "generated sources",
      "compiled binaries", "test run", "rendered documentation", "web assets", "release archive",
      "runtime image"};

  private TenStageDockerfile() {}

  /**
   * Builds the workload, recording for each instruction the Java line that added it, as every DSL
   * verb such as {@code stage.run(...)} does.
   */
  public static Dockerfile build() {
    return build(true);
  }

  /**
   * Builds the workload.
   *
   * @param captureOrigins true to record each instruction's Java call site ({@code Stage.Builder.instruction(i)},
   *     which is what every DSL verb calls); false to pass {@link Origin#UNKNOWN}, which isolates the cost of
   *     the stack walk. FROM lines record their call site either way.
   */
  public static Dockerfile build(boolean captureOrigins) {
    Dockerfile.Builder dockerfile = Dockerfile.builder().declareRequiredSyntax();
    Stage previous = null;
    for (int i = 0; i < STAGES; i++) {
      Stage.Builder stage = (IMAGES[i] != null ? Stage.from(IMAGES[i]) : Stage.from(previous)).as(NAMES[i]);
      SourceRef source = previous != null ? previous.ref() : ImageRef.parse("alpine:3.20");
      body(stage, i, source, captureOrigins);
      previous = stage.build();
      dockerfile.stage(previous);
    }
    return dockerfile.build();
  }

  private static void body(Stage.Builder stage, int i, SourceRef source, boolean captureOrigins) {
    Sink s = captureOrigins ? stage::instruction : instruction -> stage.instruction(instruction, Origin.UNKNOWN);
    s.add(Workdir.of("/src"));
    s.add(Env.of("LANG", "C.UTF-8").and("PATH", "/opt/tools/bin:$PATH").and("STAGE_DESCRIPTION", DESCRIPTIONS[i]));
    s.add(Label.of("org.opencontainers.image.title", NAMES[i])
        .and("org.opencontainers.image.description", DESCRIPTIONS[i]));
    s.add(io.github.dockerdsl.instruction.Arg.of("VERSION", "1.4.2"));
    s.add(Run.of(Command.allOf(
            "apt-get update",
            "apt-get install -y --no-install-recommends ca-certificates curl git make",
            "rm -rf /var/lib/apt/lists/*"))
        .withMount(CacheMount.of("/var/cache/apt").withSharing(Sharing.LOCKED))
        .withMount(CacheMount.of("/var/lib/apt").withSharing(Sharing.LOCKED)));
    s.add(Copy.of("/out", "/deps/")
        .withFrom(source)
        .withChown(UserSpec.ids(10001, 10001))
        .withChmod(FileMode.of("0755"))
        .withLink());
    s.add(Run.of(Command.heredoc(Heredoc.of("EOF",
        "set -eu",
        "echo \"building $STAGE_DESCRIPTION\"",
        "make -j2 all"))));
    s.add(Run.of(Command.shell("cp -r /mnt/previous/out /work && make -C /work check"))
        .withMount(BindMount.of("/mnt/previous").withFrom(source).withSource("/out"))
        .withMount(TmpfsMount.of("/tmp").withSize(64L * 1024 * 1024)));
    s.add(Env.of("GOFLAGS", "-mod=readonly -trimpath").and("NODE_ENV", "production"));
    s.add(Copy.of(".", ".").withExcludes("*.md", "docs/", ".git/"));
    s.add(Run.of(Command.shell("npm ci --ignore-scripts"))
        .withMount(SecretMount.of("npm_token").withEnv("NPM_TOKEN").withRequired())
        .withMount(CacheMount.of("/root/.npm").withId("npm")));
    s.add(Run.of(Command.shell("git clone --depth 1 git@github.com:example/private-tools.git /opt/tools"))
        .withMount(SshMount.DEFAULT)
        .withNetwork(Network.HOST));
    s.add(Run.of(Command.heredocs("<<CONF cat > /etc/app.conf && <<SCRIPT sh",
        Heredoc.of("CONF", "listen = 0.0.0.0:8080", "log_level = info", "stage = ${STAGE_DESCRIPTION}"),
        Heredoc.of("SCRIPT", "set -eu", "chmod 0644 /etc/app.conf", "echo done"))));
    s.add(Label.of("org.opencontainers.image.version", "1.4.2"));
    s.add(Run.of(Command.allOf(
        "./configure --prefix=/usr/local --enable-static",
        "make -j2",
        "make install DESTDIR=/out")));
    s.add(Copy.heredoc(Heredoc.of("EOF", "#!/bin/sh", "exec /usr/local/bin/app \"$@\""), "/usr/local/bin/entry"));
    s.add(User.of("10001:10001"));
    s.add(Expose.of(Port.tcp(8080)));
    s.add(Healthcheck.of("/usr/local/bin/app", "health")
        .withInterval(Duration.ofSeconds(30))
        .withTimeout(Duration.ofSeconds(3))
        .withStartPeriod(Duration.ofSeconds(10))
        .withStartInterval(Duration.ofMillis(500))
        .withRetries(3));
    s.add(Cmd.of(Command.exec("/usr/local/bin/entry", "--stage", NAMES[i])));
  }

  /** Where {@link #body} puts instructions: with or without a captured origin. */
  @FunctionalInterface
  private interface Sink {
    void add(Instruction instruction);
  }

  /** Prints the workload, to see what the benchmarks build and render. */
  public static void main(String[] args) {
    System.out.print(DockerfileWriter.render(build()));
  }
}
