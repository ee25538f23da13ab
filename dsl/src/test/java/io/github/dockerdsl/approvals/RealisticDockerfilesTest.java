package io.github.dockerdsl.approvals;

import io.github.dockerdsl.rule.Policy;
import io.github.dockerdsl.CheckDirective;
import io.github.dockerdsl.Dockerfile;
import io.github.dockerdsl.Stage;
import io.github.dockerdsl.image.ImageRef;
import io.github.dockerdsl.image.NamedContext;
import io.github.dockerdsl.image.Platform;
import io.github.dockerdsl.instruction.Add;
import io.github.dockerdsl.instruction.Command;
import io.github.dockerdsl.instruction.Copy;
import io.github.dockerdsl.instruction.FileMode;
import io.github.dockerdsl.instruction.Healthcheck;
import io.github.dockerdsl.instruction.Heredoc;
import io.github.dockerdsl.instruction.Network;
import io.github.dockerdsl.instruction.PackageInstall;
import io.github.dockerdsl.instruction.Port;
import io.github.dockerdsl.instruction.Run;
import io.github.dockerdsl.instruction.Security;
import io.github.dockerdsl.instruction.Signal;
import io.github.dockerdsl.instruction.UserSpec;
import io.github.dockerdsl.mount.BindMount;
import io.github.dockerdsl.mount.CacheMount;
import io.github.dockerdsl.mount.SecretMount;
import io.github.dockerdsl.mount.Sharing;
import io.github.dockerdsl.mount.SshMount;
import io.github.dockerdsl.mount.TmpfsMount;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.junit.jupiter.api.Test;

/** Realistic Dockerfiles written with the DSL; each approved file is reviewed as a user would read it. */
class RealisticDockerfilesTest {
  private static void verify(Dockerfile dockerfile) {
    Approvals.verify(dockerfile.toString(), new Options().forFile().withExtension(".Dockerfile"));
  }

  /**
   * The Python example of a typical "Dockerfile best practices" article: wheels compiled in a
   * builder stage, a slim runtime that installs only the wheels, a non-root user with a fixed uid,
   * a HEALTHCHECK and an exec-form CMD.
   */
  @Test
  void python_best_practices() {
    Stage builder = Stage.from("python:3.12-slim").as("builder")
        .workdir("/app")
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .env("PYTHONUNBUFFERED", "1")
        .run(PackageInstall.apt("build-essential", "gcc").toRun())
        .copy("requirements.txt", ".")
        .run("pip wheel --no-cache-dir --no-deps --wheel-dir /app/wheels -r requirements.txt")
        .build();
    Stage runtime = Stage.from("python:3.12-slim").as("runtime")
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .env("PYTHONUNBUFFERED", "1")
        .workdir("/app")
        .run(Command.allOf("groupadd --system --gid 10001 app",
            "useradd --system --uid 10001 --gid app --no-create-home --shell /usr/sbin/nologin app"))
        .copyFrom(builder, "/app/wheels", "/wheels")
        .copy("requirements.txt", ".")
        .run(Command.allOf("pip install --no-cache-dir --no-index --find-links=/wheels -r requirements.txt",
            "rm -rf /wheels"))
        .copy(Copy.of(".", ".").withChown(UserSpec.of("app", "app")))
        .user("app")
        .expose(8000)
        .healthcheck(Healthcheck.of("python", "-c",
                "import urllib.request; urllib.request.urlopen('http://localhost:8000/health', timeout=2)")
            .withInterval(Duration.ofSeconds(30))
            .withTimeout(Duration.ofSeconds(3))
            .withStartPeriod(Duration.ofSeconds(10))
            .withRetries(3))
        .cmd("gunicorn", "--bind", "0.0.0.0:8000", "--workers", "2", "app:app")
        .build();
    verify(Dockerfile.builder().stage(builder).stage(runtime).build(Policy.none()));
  }

  /** A multi-stage Node build: dependencies with a cache mount, a build stage, a lean runtime under tini. */
  @Test
  void node_multi_stage() {
    CacheMount npmCache = CacheMount.of("/root/.npm").withSharing(Sharing.LOCKED);
    Stage deps = Stage.from("node:${NODE_VERSION}-bookworm-slim").as("deps")
        .workdir("/app")
        .copy(Copy.of(List.of("package.json", "package-lock.json"), "./"))
        .run(Run.shell("npm ci").withMount(npmCache))
        .build();
    Stage build = Stage.from("node:${NODE_VERSION}-bookworm-slim").as("build")
        .workdir("/app")
        .copyFrom(deps, "/app/node_modules", "./node_modules")
        .copy(".", ".")
        .run("npm run build")
        .build();
    Stage runtime = Stage.from("node:${NODE_VERSION}-bookworm-slim").as("runtime")
        .env("NODE_ENV", "production")
        .run(PackageInstall.apt("tini").toRun())
        .workdir("/app")
        .copy(Copy.of(List.of("package.json", "package-lock.json"), "./"))
        .run(Run.shell("npm ci --omit=dev").withMount(npmCache))
        .copy(Copy.of("/app/dist", "./dist").withFrom(build.ref()).withChown(UserSpec.of("node", "node")))
        .user("node")
        .expose(3000)
        .healthcheck(Healthcheck.of("node", "-e",
                "require('http').get('http://localhost:3000/health', r => process.exit(r.statusCode === 200 ? 0 : 1))"
                    + ".on('error', () => process.exit(1))")
            .withInterval(Duration.ofSeconds(30))
            .withTimeout(Duration.ofSeconds(5)))
        .entrypoint("/usr/bin/tini", "--")
        .cmd("node", "dist/server.js")
        .build();
    verify(Dockerfile.builder()
        .declareRequiredSyntax()
        .globalArg("NODE_VERSION", "20.11.1")
        .stage(deps).stage(build).stage(runtime)
        .build(Policy.none()));
  }

  /** A Go build cross-compiled on the build platform with cache mounts, into a scratch image. */
  @Test
  void go_cross_compiled_to_scratch() {
    CacheMount modules = CacheMount.of("/go/pkg/mod");
    Stage build = Stage.from("golang:1.22-bookworm").as("build").platform(Platform.BUILDPLATFORM)
        .workdir("/src")
        .run(Run.shell("go mod download -x")
            .withMount(modules)
            .withMount(BindMount.of("/src/go.mod").withSource("go.mod"))
            .withMount(BindMount.of("/src/go.sum").withSource("go.sum")))
        .arg("TARGETOS")
        .arg("TARGETARCH")
        .run(Run.shell("CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -trimpath -ldflags=\"-s -w\" "
                + "-o /out/app ./cmd/app")
            .withMount(modules)
            .withMount(CacheMount.of("/root/.cache/go-build"))
            .withMount(BindMount.of("/src")))
        .build();
    Stage runtime = Stage.from("scratch").as("runtime")
        .copyFrom(build, "/etc/ssl/certs/ca-certificates.crt", "/etc/ssl/certs/")
        .copyFrom(build, "/out/app", "/app")
        .user(UserSpec.ids(65532, 65532))
        .expose(8080)
        .entrypoint("/app")
        .build();
    verify(Dockerfile.builder().declareRequiredSyntax().stage(build).stage(runtime).build(Policy.none()));
  }

  /** Every instruction and every flag at least once. */
  @Test
  void every_instruction_and_flag() {
    String sha = "sha256:" + "4d2b5f9e".repeat(8);
    Stage base = Stage.from(ImageRef.parse("registry.example.com:5000/base/debian:12@" + sha)).as("base")
        .platform(Platform.parse("linux/amd64"))
        .comment("A comment\nover two lines")
        .shell("/bin/bash", "-o", "pipefail", "-c")
        .arg("VERSION")
        .arg("CHANNEL", "stable")
        .env("APP_HOME", "/opt/app")
        .instruction(io.github.dockerdsl.instruction.Env.of("A", "1").and("B", "two words"))
        .instruction(io.github.dockerdsl.instruction.Label.of("org.opencontainers.image.title", "Everything")
            .and("org.opencontainers.image.version", "$VERSION"))
        .workdir("/opt/app")
        .run("echo shell form")
        .run(Command.allOf("echo one", "echo two"))
        .run(Command.exec("echo", "exec form"))
        .run(Command.heredoc(Heredoc.of("EOF", "set -eu", "echo heredoc")))
        .run(Command.heredocs("<<A cat > /a.txt && <<-\"B\" cat > /b.txt",
            Heredoc.of("A", "first"), Heredoc.of("B", "\tsecond $NOT_EXPANDED").literal().strippingTabs()))
        .run(Run.shell("make")
            .withMount(BindMount.of("/src").withSource("src").withFrom(NamedContext.of("sources")).withReadWrite())
            .withMount(CacheMount.of("/var/cache/apt").withId("apt").withSharing(Sharing.LOCKED)
                .withFrom(NamedContext.of("seed")).withSource("/cache").withMode(FileMode.of("0755"))
                .withOwner(0, 0))
            .withMount(CacheMount.of("/ro-cache").withReadOnly().withSharing(Sharing.PRIVATE))
            .withMount(TmpfsMount.of("/tmp").withSize(104857600))
            .withMount(SecretMount.of("token").withTarget("/run/secrets/api").withEnv("API_TOKEN").withRequired()
                .withMode(FileMode.of("0400")).withOwner(10001, 10001))
            .withMount(SshMount.DEFAULT.withId("github").withTarget("/run/ssh.sock").withRequired()
                .withOwner(10001, 10001))
            .withNetwork(Network.NONE)
            .withSecurity(Security.INSECURE))
        .run(Run.shell("curl -fsS https://example.com").withNetwork(Network.HOST).withSecurity(Security.SANDBOX))
        .run(Run.shell("id").withNetwork(Network.DEFAULT))
        .build();
    Stage app = Stage.from(base).as("app")
        .copy(Copy.of(List.of("./src/", "./include/"), "/opt/app/").withChown(UserSpec.of("app", "app"))
            .withChmod(FileMode.of("0644")).withLink().withParents().withExcludes("*.md", "**/*.tmp"))
        .copy(Copy.of("/usr/bin/busybox", "/bin/busybox").withFrom(ImageRef.parse("busybox:1.36"))
            .withChmod(FileMode.of("u+x,g-w")))
        .copy(Copy.of("/docs", "/opt/app/docs").withFrom(NamedContext.of("docs")))
        .copyFrom(base, "/a.txt", "/opt/app/a.txt")
        .copy(Copy.heredoc(Heredoc.of("EOF", "[app]", "name = everything"), "/etc/app.conf")
            .withChmod(FileMode.of("0600")))
        .copy(Copy.of("file with spaces.txt", "/opt/app/"))
        .add(Add.of("https://example.com/tool.tar.gz", "/opt/tool/").withChecksum(sha).withUnpack(true)
            .withChown(UserSpec.ids(10001, 10001)).withChmod(FileMode.of("0755")).withLink().withExcludes("*.txt"))
        .add(Add.of("https://github.com/moby/buildkit.git#v0.13.0", "/src/buildkit").withKeepGitDir()
            .withChecksum("a1b2c3d4e5f60718293a4b5c6d7e8f9012345678"))
        .add(Add.of("vendor.tar.gz", "/opt/vendor/").withUnpack(false))
        .user("app")
        .user(UserSpec.ids(10001, 10001))
        .expose(Port.tcp(8080), Port.udp(5353))
        .volume("/data", "/var/log/app")
        .stopSignal(Signal.SIGQUIT)
        .onBuild(Copy.of(".", "/opt/app/src/"))
        .onBuild(Run.shell("make -C /opt/app/src"))
        .raw("MAINTAINER nobody@example.com")
        .healthcheck(Healthcheck.of("/opt/app/bin/health")
            .withInterval(Duration.ofSeconds(15)).withTimeout(Duration.ofSeconds(2))
            .withStartPeriod(Duration.ofSeconds(20)).withStartInterval(Duration.ofSeconds(1)).withRetries(4))
        .entrypoint("/opt/app/bin/app")
        .cmd("--port", "8080")
        .build();
    Stage quiet = Stage.from(app).as("quiet")
        .healthcheck(Healthcheck.none())
        .cmd(Command.shellExec("/opt/app/bin/app --port \"$PORT\"").argv().toArray(new String[0]))
        .build();
    verify(Dockerfile.builder()
        .declareRequiredSyntax()
        .check(new CheckDirective(List.of("JSONArgsRecommended"), Optional.of(true)))
        .comment("Generated by dockerdsl: every instruction and flag")
        .globalArg("BASE_VERSION", "12")
        .stage(base).stage(app).stage(quiet)
        .build(Policy.none()));
  }

  /** The Windows escape character: backtick continuations and backslash paths. */
  @Test
  void windows_with_backtick_escape() {
    Stage stage = Stage.from("mcr.microsoft.com/windows/servercore:ltsc2022").as("app")
        .shell("powershell", "-Command", "$ErrorActionPreference = 'Stop';")
        .workdir("C:\\app")
        .env("APP_HOME", "C:\\app")
        .copy(Copy.of("bin\\app.exe", "C:\\app\\app.exe"))
        .run(Command.allOf("New-Item -ItemType Directory -Path C:\\data", "Write-Host done"))
        .entrypoint("C:\\app\\app.exe")
        .build();
    verify(Dockerfile.builder().escape('`').stage(stage).build(Policy.none()));
  }
}
