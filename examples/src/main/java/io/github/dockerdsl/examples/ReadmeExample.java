package io.github.dockerdsl.examples;

import io.github.dockerdsl.Dockerfile;
import io.github.dockerdsl.Stage;
import io.github.dockerdsl.instruction.Command;
import io.github.dockerdsl.instruction.Healthcheck;
import io.github.dockerdsl.instruction.Run;
import io.github.dockerdsl.mount.CacheMount;

/** The example shown in the README: a two-stage Go build, printed to standard output. */
public final class ReadmeExample {
  private ReadmeExample() {}

  /** Builds the README's Dockerfile. */
  // readme-snippet-start
  public static Dockerfile dockerfile() {
    Stage build = Stage.from("golang:1.22-bookworm").as("build")
        .workdir("/src")
        .copy("go.mod", "./")
        .run(Run.of(Command.shell("go mod download"))
            .withMount(CacheMount.of("/root/go/pkg/mod")))
        .copy(".", ".")
        .run(Command.allOf("go vet ./...",
            "CGO_ENABLED=0 go build -trimpath -ldflags='-s -w' -o /out/app ."))
        .build();
    Stage runtime = Stage.from("scratch")
        .copyFrom(build, "/out/app", "/app")
        .user("10001:10001")
        .expose(8080)
        .healthcheck(Healthcheck.of("/app", "-health"))
        .entrypoint("/app")
        .build();
    return Dockerfile.builder().stage(build).stage(runtime).build();
  }
  // readme-snippet-end

  /** Prints the Dockerfile. */
  public static void main(String[] args) {
    System.out.print(dockerfile());
  }
}
