package io.github.dockerdsl.rule.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dockerdsl.ignore.DockerIgnore;
import io.github.dockerdsl.lint.Finding;
import io.github.dockerdsl.lint.Linter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CopyIgnoredFileTest {
  private static final String DOCKERFILE = """
      FROM node:20 AS build
      WORKDIR /app
      COPY package.json ./
      COPY ./.env /app/.env
      COPY dist/ ./dist/
      COPY *.md ./
      COPY --from=build /app/node_modules ./node_modules
      ADD https://example.com/x.tgz /tmp/
      USER 1000
      """;

  private static List<String> findings(Path dir, String dockerfileName) {
    return Linter.lint(dir.resolve(dockerfileName)).findings().stream()
        .filter(f -> f.rule().code().equals("DF011")).map(f -> f.line() + " " + f.message())
        .collect(Collectors.toList());
  }

  @Test
  void sources_the_dockerignore_beside_the_dockerfile_excludes_are_reported(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("Dockerfile"), DOCKERFILE);
    Files.writeString(dir.resolve(".dockerignore"), "# local files\n.env\n/dist\n!dist/keep\n*.md\nnode_modules\n");
    assertThat(findings(dir, "Dockerfile")).containsExactly(
        "4 COPY of './.env', which the .dockerignore excludes, so it never reaches the builder and the build fails "
            + "with 'not found'",
        "5 COPY of 'dist/', which the .dockerignore excludes, so it never reaches the builder and the build fails "
            + "with 'not found'");
  }

  @Test
  void the_dockerfile_specific_ignore_file_wins(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("app.Dockerfile"), DOCKERFILE);
    Files.writeString(dir.resolve(".dockerignore"), ".env\n");
    Files.writeString(dir.resolve("app.Dockerfile.dockerignore"), "package.json\n");
    assertThat(findings(dir, "app.Dockerfile")).singleElement().asString().startsWith("3 COPY of 'package.json'");
  }

  @Test
  void without_a_dockerignore_nothing_is_reported(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("Dockerfile"), DOCKERFILE);
    assertThat(findings(dir, "Dockerfile")).isEmpty();
  }

  @Test
  void the_fix_says_how_to_let_the_file_through(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("Dockerfile"), "FROM debian:12\nCOPY .env /app/\nUSER 1000\n");
    Files.writeString(dir.resolve(".dockerignore"), ".env\n");
    assertThat(Linter.lint(dir.resolve("Dockerfile")).findings()).filteredOn(f -> f.rule().code().equals("DF011"))
        .singleElement().extracting(Finding::fix)
        .isEqualTo("remove the line that excludes it from .dockerignore, add '!.env' after it, or stop copying it");
  }

  @Test
  void dockerignore_text_is_read_as_docker_reads_it() {
    DockerIgnore ignore = DockerIgnore.parse("# comment\n\n  /build  \n!build/keep.txt\r\n**/*.log\n");
    assertThat(ignore.isIgnored("build/a.o")).isTrue();
    assertThat(ignore.isIgnored("build/keep.txt")).isFalse();
    assertThat(ignore.isIgnored("src/x/debug.log")).isTrue();
    assertThat(ignore.isIgnored("src/main.c")).isFalse();
    assertThatThrownBy(() -> DockerIgnore.parse("ok\n[a\n")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage(".dockerignore line 2: .dockerignore pattern '[a' has an unclosed '['; close it or escape it");
  }
}
