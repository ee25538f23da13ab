package io.github.dockerdsl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dockerdsl.cli.CliTest.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dockerdsl import} through {@link Main#run}: printing, writing, refusing to overwrite, and errors. */
class ImportCommandTest {
  static final String DOCKERFILE = "FROM debian:bookworm-slim AS build\nRUN make\n\nFROM scratch\n"
      + "COPY --from=build /out/app /app\nEXPOSE 8080\nENTRYPOINT [\"/app\"]\n";

  @TempDir
  Path dir;

  private Path dockerfile(String relative, String text) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return file;
  }

  @Test
  void prints_the_java_source_and_counts_the_suppressions_to_review() throws IOException {
    Path file = dockerfile("api/Dockerfile", DOCKERFILE);
    Result r = CliTest.run("import", file.toString(), "--package", "com.acme.docker");
    assertThat(r.code()).isEqualTo(0);
    assertThat(r.out()).startsWith("package com.acme.docker;\n")
        .contains("public final class ApiDockerfile {", "Stage build = Stage.from(\"debian:bookworm-slim\").as(\"build\")",
            ".copyFrom(build, \"/out/app\", \"/app\")", ".suppress(", "Rules.HEALTHCHECK_IN_SERVICE_IMAGE",
            "Rules.NON_ROOT_FINAL_USER");
    assertThat(r.err()).isEqualTo("dockerdsl: " + file + " breaks 2 rules; each has a suppression starting "
        + "'imported as is:' to review\n");
  }

  @Test
  void no_suppressions_imports_the_file_as_it_is() throws IOException {
    Path file = dockerfile("Dockerfile", DOCKERFILE);
    Result r = CliTest.run("import", file.toString(), "--class", "Service", "--no-suppressions");
    assertThat(r.code()).isEqualTo(0);
    assertThat(r.out()).startsWith("import io.github.dockerdsl.Dockerfile;\n").contains("public final class Service {")
        .doesNotContain(".suppress(");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void out_writes_the_class_under_its_package_and_never_over_an_existing_file_without_force() throws IOException {
    Path file = dockerfile("web.Dockerfile", DOCKERFILE);
    Path src = dir.resolve("src/main/java");
    Path target = src.resolve("com/acme/WebDockerfile.java");

    Result first = CliTest.run("import", file.toString(), "--package", "com.acme", "--out", src.toString());
    assertThat(first.code()).isEqualTo(0);
    assertThat(first.out()).isEqualTo("wrote " + target + "\n");
    assertThat(Files.readString(target)).startsWith("package com.acme;\n").contains("class WebDockerfile");

    Files.writeString(target, "// edited by hand\n");
    Result again = CliTest.run("import", file.toString(), "--package", "com.acme", "--out", src.toString());
    assertThat(again.code()).isEqualTo(2);
    assertThat(again.err()).isEqualTo("dockerdsl: " + target + " exists; imported code is edited by hand, so move it "
        + "away or pass --force to overwrite it\n");
    assertThat(Files.readString(target)).isEqualTo("// edited by hand\n");

    Result forced = CliTest.run("import", file.toString(), "--package", "com.acme", "--out", src.toString(), "--force");
    assertThat(forced.code()).isEqualTo(0);
    assertThat(Files.readString(target)).contains("class WebDockerfile");
  }

  @Test
  void a_syntax_error_names_file_line_and_column_and_exits_2() throws IOException {
    Path file = dockerfile("Dockerfile", "FROM alpine\nFROBNICATE now\n");
    Result r = CliTest.run("import", file.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("dockerdsl: " + file + ":2:1: ");
  }

  @Test
  void a_bad_class_or_package_name_is_a_usage_error() throws IOException {
    Path file = dockerfile("Dockerfile", DOCKERFILE);
    Result badClass = CliTest.run("import", file.toString(), "--class", "my-class");
    assertThat(badClass.code()).isEqualTo(2);
    assertThat(badClass.err()).isEqualTo("dockerdsl: --class 'my-class' is not a valid Java class name; use an "
        + "identifier such as ApiDockerfile\n");
    Result badPackage = CliTest.run("import", file.toString(), "--package", "com.acme.1docker");
    assertThat(badPackage.code()).isEqualTo(2);
    assertThat(badPackage.err()).isEqualTo("dockerdsl: --package 'com.acme.1docker' is not a valid Java package "
        + "name; use dot-separated identifiers such as com.acme.docker\n");
  }

  @Test
  void a_missing_file_exits_2() {
    Result r = CliTest.run("import", dir.resolve("nope/Dockerfile").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("dockerdsl: " + dir.resolve("nope/Dockerfile") + ": no such file\n");
  }

  @Test
  void the_default_class_name_comes_from_the_file_or_its_directory() {
    assertThat(ImportCommand.defaultClassName(Path.of("services/order-api/Dockerfile"))).isEqualTo("OrderApiDockerfile");
    assertThat(ImportCommand.defaultClassName(Path.of("docker/worker.Dockerfile"))).isEqualTo("WorkerDockerfile");
    assertThat(ImportCommand.defaultClassName(Path.of("Dockerfile.dev"))).isEqualTo("DevDockerfile");
    assertThat(ImportCommand.defaultClassName(Path.of("/Dockerfile"))).isEqualTo("ImportedDockerfile");
    assertThat(ImportCommand.defaultClassName(Path.of("2024/Dockerfile"))).isEqualTo("ImportedDockerfile");
  }

  @Test
  void help_lists_the_command() {
    assertThat(CliTest.run("--help").out()).contains("import");
    assertThat(CliTest.run("generate-completion").out()).contains("import");
  }
}
