package io.github.dockerdsl.examples;

import io.github.dockerdsl.Dockerfile;
import io.github.dockerdsl.Stage;
import io.github.dockerdsl.instruction.Command;
import io.github.dockerdsl.instruction.Copy;
import io.github.dockerdsl.instruction.Healthcheck;
import io.github.dockerdsl.instruction.PackageInstall;
import io.github.dockerdsl.instruction.Run;
import io.github.dockerdsl.instruction.UserSpec;
import io.github.dockerdsl.mount.CacheMount;
import java.time.Duration;

/** The snippets of docs/getting-started.md, compiled and approval-tested so the page never drifts. */
public final class GettingStartedExample {
  private GettingStartedExample() {}

  /** A Python service: the main verbs and a package install in one layer. */
  // getting-started-verbs-start
  public static Dockerfile verbs() {
    Stage build = Stage.from("python:3.12-slim").as("build")
        .workdir("/app")
        .run(PackageInstall.apt("build-essential").toRun())
        .copy("requirements.txt", ".")
        .run(Run.shell("pip wheel --wheel-dir /wheels -r requirements.txt")
            .withMount(CacheMount.of("/root/.cache/pip")))
        .build();
    Stage runtime = Stage.from("python:3.12-slim").as("runtime")
        .env("PYTHONUNBUFFERED", "1")
        .run(Command.allOf("groupadd --gid 10001 app", "useradd --uid 10001 --gid app --no-create-home app"))
        .workdir("/app")
        .copyFrom(build, "/wheels", "/wheels")
        .run("pip install --no-cache-dir /wheels/*")
        .copy(Copy.of(".", ".").withChown(UserSpec.of("app", "app")))
        .user("app")
        .expose(8000)
        .healthcheck(Healthcheck.of("python", "-c",
                "import urllib.request; urllib.request.urlopen('http://localhost:8000/health')")
            .withInterval(Duration.ofSeconds(30)))
        .cmd("gunicorn", "--bind", "0.0.0.0:8000", "app:app")
        .build();
    return Dockerfile.builder().declareRequiredSyntax().stage(build).stage(runtime).build();
  }
  // getting-started-verbs-end

  /** The package-install helper for each package manager, with and without cache mounts. */
  // getting-started-packages-start
  public static Dockerfile packages() {
    return Dockerfile.builder()
        .declareRequiredSyntax()
        .stage(Stage.from("debian:bookworm-slim").as("debian")
            .run(PackageInstall.apt("ca-certificates", "curl").withPinned("git", "1:2.39.5-0+deb12u1").toRun())
            .build())
        .stage(Stage.from("alpine:3.20").as("alpine")
            .run(PackageInstall.apk("curl").withCacheMounts().toRun())
            .build())
        .stage(Stage.from("fedora:40").as("fedora")
            .run(PackageInstall.dnf("curl").toRun())
            .user("10001:10001")
            .build())
        .build();
  }
  // getting-started-packages-end
}
