package io.github.dockerdsl.ignore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DockerIgnoreTest {

  private static final DockerIgnore FILE = DockerIgnore.builder()
      .section("Version control").exclude(".git", ".gitignore")
      .section("Secrets").exclude(".env", ".env.*", "**/*.pem")
      .section("Build output").exclude("node_modules", "dist/**", "*.log")
      .allow("dist/keep.txt")
      .build();

  @Test
  void renders_sections_with_comments() {
    assertThat(FILE.toString()).isEqualTo(""
        + "# Version control\n"
        + ".git\n"
        + ".gitignore\n"
        + "\n"
        + "# Secrets\n"
        + ".env\n"
        + ".env.*\n"
        + "**/*.pem\n"
        + "\n"
        + "# Build output\n"
        + "node_modules\n"
        + "dist/**\n"
        + "*.log\n"
        + "!dist/keep.txt\n");
  }

  @ParameterizedTest
  @CsvSource({
      ".git, true",
      ".git/config, true",
      "./.git/HEAD, true",
      "src/.git, false",
      ".env, true",
      ".env.production, true",
      ".envrc, false",
      "certs/server.pem, true",
      "a/b/c/key.pem, true",
      "server.pem, true",
      "node_modules/express/index.js, true",
      "src/node_modules, false",
      "dist/app.js, true",
      "dist/keep.txt, false",
      "app.log, true",
      "logs/app.log, false",
      "package.json, false",
      "src/server.js, false"
  })
  void last_matching_pattern_decides(String path, boolean ignored) {
    assertThat(FILE.isIgnored(path)).as(path).isEqualTo(ignored);
  }

  @Test
  void glob_classes_and_single_characters() {
    DockerIgnore file = DockerIgnore.builder().exclude("file[0-9].txt", "?.tmp", "[!a]x").build();
    assertThat(file.isIgnored("file7.txt")).isTrue();
    assertThat(file.isIgnored("fileX.txt")).isFalse();
    assertThat(file.isIgnored("a.tmp")).isTrue();
    assertThat(file.isIgnored("ab.tmp")).isFalse();
    assertThat(file.isIgnored("bx")).isTrue();
    assertThat(file.isIgnored("ax")).isFalse();
  }

  @Test
  void refuses_patterns_that_would_change_meaning() {
    assertThatThrownBy(() -> IgnorePattern.exclude("# secrets"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(".dockerignore pattern '# secrets' starts with '#', which makes it a comment; "
            + "use a comment entry instead");
    assertThatThrownBy(() -> IgnorePattern.exclude("!keep"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(".dockerignore pattern '!keep' starts with '!'; use IgnorePattern.allow(...) for exceptions");
    assertThatThrownBy(() -> IgnorePattern.exclude("a\nb"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(".dockerignore pattern 'a\\nb' contains a line break, which would end the instruction; "
            + "write one pattern per entry");
    assertThatThrownBy(() -> IgnorePattern.exclude("[abc"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(".dockerignore pattern '[abc' has an unclosed '['; close it or escape it");
  }

  @Test
  void include_appends_another_files_sections() {
    DockerIgnore company = DockerIgnore.builder().section("Acme").exclude("acme-secrets/").build();
    DockerIgnore combined = FILE.toBuilder().include(company).build();
    assertThat(combined.isIgnored("acme-secrets/token")).isTrue();
    assertThat(combined.sections()).hasSize(4);
  }
}
