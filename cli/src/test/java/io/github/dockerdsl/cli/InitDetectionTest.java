package io.github.dockerdsl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dockerdsl.cli.CliTest.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code init} on the fixture projects in src/test/resources/projects: what it detects and says. */
class InitDetectionTest {
  static final Path PROJECTS = Path.of("src/test/resources/projects");

  @TempDir
  Path tmp;

  /** The "detected ..." lines init prints on stderr with --dry-run. */
  private static List<String> detected(String project) {
    Result r = CliTest.run("init", "--dry-run", PROJECTS.resolve(project).toString());
    assertThat(r.code()).as(r.err()).isEqualTo(0);
    return r.err().lines().toList();
  }

  /** Runs init for real on a copy of the fixture, expecting an error and no files written. */
  private Result failsWritingNothing(String project) throws IOException {
    Path copy = tmp.resolve(project);
    try (Stream<Path> files = Files.walk(PROJECTS.resolve(project))) {
      for (Path p : files.toList()) {
        Path target = copy.resolve(PROJECTS.resolve(project).relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    Result r = CliTest.run("init", copy.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(copy.resolve("Dockerfile")).doesNotExist();
    assertThat(copy.resolve(".dockerignore")).doesNotExist();
    return r;
  }

  // ---------------------------------------------------------------- node

  @Test
  void node_npm_with_engines_build_and_start_scripts() {
    assertThat(detected("node-npm")).containsExactly(
        "detected node project: package.json",
        "detected npm: package-lock.json",
        "detected node 18: package.json engines.node ('>=18')",
        "detected build script: package.json scripts.build, output directory 'dist'",
        "detected entry dist/server.js: package.json scripts.start ('node dist/server.js')");
  }

  @Test
  void node_pnpm_with_node_version_file() {
    assertThat(detected("node-pnpm")).containsExactly(
        "detected node project: package.json",
        "detected pnpm: pnpm-lock.yaml",
        "detected node 22: .node-version ('22.3.0')",
        "detected entry index.js: package.json main");
  }

  @Test
  void node_yarn_with_defaults() {
    assertThat(detected("node-yarn")).containsExactly(
        "detected node project: package.json",
        "detected yarn: yarn.lock",
        "detected node 20: default (no .nvmrc, .node-version or engines.node)",
        "detected entry src/main.js: package.json scripts.start ('node src/main.js')");
  }

  // ---------------------------------------------------------------- python

  @Test
  void python_pip_with_flask_serves_with_gunicorn() {
    assertThat(detected("python-pip-flask")).containsExactly(
        "detected python project: requirements.txt",
        "detected pip: requirements.txt",
        "detected python 3.11: default (no .python-version or requires-python)",
        "detected server gunicorn: flask in the dependencies",
        "detected module app:app: app.py");
  }

  @Test
  void python_poetry_with_fastapi_serves_with_uvicorn() {
    assertThat(detected("python-poetry-fastapi")).containsExactly(
        "detected python project: pyproject.toml",
        "detected poetry: poetry.lock",
        "detected python 3.12: pyproject.toml tool.poetry.dependencies.python ('^3.12'), its lowest version",
        "detected server uvicorn: fastapi in the dependencies",
        "detected module app.main:app: app/main.py");
  }

  @Test
  void python_uv_with_django_and_a_python_version_file() {
    assertThat(detected("python-uv-django")).containsExactly(
        "detected python project: pyproject.toml",
        "detected uv: uv.lock",
        "detected python 3.12: .python-version ('3.12.4') wins over pyproject.toml project.requires-python "
            + "('>=3.10,<3.14')",
        "detected server gunicorn: django in the dependencies",
        "detected module mysite.wsgi:application: mysite/wsgi.py");
  }

  @Test
  void python_without_a_web_framework_runs_the_module() {
    assertThat(detected("python-uv-worker")).containsExactly(
        "detected python project: pyproject.toml",
        "detected uv: uv.lock",
        "detected python 3.11: pyproject.toml project.requires-python ('~=3.11'), its lowest version",
        "detected server 'python -m': no fastapi, django or flask in the dependencies",
        "detected module app: app/__main__.py");
  }

  @Test
  void python_with_both_lock_files_says_which_wins_and_why() {
    assertThat(detected("python-both-locks")).containsExactly(
        "detected python project: pyproject.toml",
        "detected uv: uv.lock wins over poetry.lock because pyproject.toml has no [tool.poetry] table; "
            + "delete the stale lock file",
        "detected python 3.11: default (no .python-version or requires-python)",
        "detected server uvicorn: fastapi in the dependencies (wins over flask; precedence fastapi, django, flask)",
        "detected module main:app: main.py");
  }

  @Test
  void python_broken_pyproject_is_one_line_and_writes_nothing() throws IOException {
    assertThat(failsWritingNothing("python-broken-pyproject").err()).isEqualTo(
        "dockerdsl: pyproject.toml is not valid TOML: Newline not permitted here (line 1); "
            + "fix it, nothing was written\n");
  }

  @Test
  void python_poetry_without_its_lock_file_is_refused() throws IOException {
    assertThat(failsWritingNothing("python-poetry-no-lock").err()).isEqualTo(
        "dockerdsl: pyproject.toml has a [tool.poetry] table but there is no poetry.lock; "
            + "run 'poetry lock' to create one, nothing was written\n");
  }

  // ---------------------------------------------------------------- go

  @Test
  void go_main_package_in_the_module_root() {
    assertThat(detected("go-root")).containsExactly(
        "detected go module github.com/acme/hello: go.mod",
        "detected go 1.22: go.mod go line ('go 1.22')",
        "detected main package .: *.go in the module root say 'package main'",
        "detected binary /hello: named after the module");
  }

  @Test
  void go_toolchain_line_wins_and_the_only_cmd_package_is_built() {
    assertThat(detected("go-cmd-single")).containsExactly(
        "detected go module example.com/svc: go.mod",
        "detected go 1.22.5: go.mod toolchain line ('toolchain go1.22.5') wins over the go line ('go 1.21.0')",
        "detected main package ./cmd/server: the only main package under cmd/",
        "detected binary /server: named after ./cmd/server");
  }

  @Test
  void go_several_cmd_packages_pick_the_one_named_after_the_module() {
    assertThat(detected("go-cmd-several")).containsExactly(
        "detected go module example.com/tools/v2: go.mod",
        "detected go 1.23: go.mod go line ('go 1.23')",
        "detected main package ./cmd/tools: named after the module, among cmd/migrate, cmd/tools",
        "detected binary /tools: named after ./cmd/tools");
  }

  @Test
  void go_several_cmd_packages_without_one_named_after_the_module_are_listed() throws IOException {
    assertThat(failsWritingNothing("go-cmd-ambiguous").err()).isEqualTo(
        "dockerdsl: go.mod has several main packages (cmd/api, cmd/worker) and none is named after the module "
            + "(cmd/platform); use GoPreset with mainPackage(...) in Java, nothing was written\n");
  }

  @Test
  void go_library_without_main_package_is_refused() throws IOException {
    assertThat(failsWritingNothing("go-library").err()).isEqualTo(
        "dockerdsl: go.mod has no main package: neither the module root nor a cmd/* directory has a .go file "
            + "with 'package main'; nothing was written\n");
  }

  @Test
  void go_broken_go_line_is_one_line_and_writes_nothing() throws IOException {
    assertThat(failsWritingNothing("go-broken-mod").err()).isEqualTo(
        "dockerdsl: go.mod line 3: go version 'one.twenty' is not a Go version; use e.g. 1.22 or 1.22.5, "
            + "nothing was written\n");
  }

  // ---------------------------------------------------------------- java

  @Test
  void java_maven_spring_boot_parent_with_wrapper() {
    assertThat(detected("java-maven-boot")).containsExactly(
        "detected java project: pom.xml",
        "detected java 21: pom.xml property java.version ('21')",
        "detected spring boot, layered jar: pom.xml parent spring-boot-starter-parent 3.3.1",
        "detected jar target/orders-1.4.0.jar: pom.xml artifactId and version",
        "detected wrapper: mvnw");
  }

  @Test
  void java_maven_release_through_a_property_and_final_name() {
    assertThat(detected("java-maven-plain")).containsExactly(
        "detected java project: pom.xml",
        "detected java 17: pom.xml property maven.compiler.release ('${jdk}' = '17')",
        "detected jar target/tool.jar: pom.xml build.finalName",
        "detected no wrapper: builds on the maven image (no mvnw)");
  }

  @Test
  void java_gradle_kotlin_toolchain_and_spring_boot_plugin() {
    assertThat(detected("java-gradle-kts-boot")).containsExactly(
        "detected java project: build.gradle.kts",
        "detected java 21: build.gradle.kts toolchain languageVersion "
            + "('languageVersion = JavaLanguageVersion.of(21)')",
        "detected spring boot, layered jar: build.gradle.kts plugin org.springframework.boot",
        "detected jar build/libs/billing-0.0.1-SNAPSHOT.jar: settings.gradle.kts rootProject.name and "
            + "build.gradle.kts version",
        "detected wrapper: gradlew");
  }

  @Test
  void java_gradle_groovy_source_compatibility() {
    assertThat(detected("java-gradle-groovy")).containsExactly(
        "detected java project: build.gradle",
        "detected java 17: build.gradle sourceCompatibility ('sourceCompatibility = JavaVersion.VERSION_17')",
        "detected jar build/libs/cli-app.jar: settings.gradle rootProject.name",
        "detected no wrapper: builds on the gradle image (no gradlew)");
  }

  @Test
  void java_with_pom_and_gradle_the_wrapper_decides() {
    assertThat(detected("java-maven-and-gradle")).containsExactly(
        "detected java project: build.gradle wins over pom.xml (only gradlew is present)",
        "detected java 17: default (build.gradle has no toolchain languageVersion or sourceCompatibility)",
        "detected jar build/libs/both.jar: settings.gradle rootProject.name",
        "detected wrapper: gradlew");
  }

  @Test
  void java_broken_pom_is_one_line_and_writes_nothing() throws IOException {
    assertThat(failsWritingNothing("java-broken-pom").err()).isEqualTo(
        "dockerdsl: pom.xml is not valid XML: line 4: The element type \"project\" must be terminated by the "
            + "matching end-tag \"</project>\"; fix it, nothing was written\n");
  }

  @Test
  void java_8_is_refused_naming_the_property() throws IOException {
    assertThat(failsWritingNothing("java-maven-old").err()).isEqualTo(
        "dockerdsl: pom.xml property maven.compiler.target '1.8' is Java 8; the Java preset needs 11 or later, "
            + "nothing was written\n");
  }

  // ---------------------------------------------------------------- conflicts and --preset

  @Test
  void pom_wins_over_package_json_and_says_why() {
    assertThat(detected("java-with-node")).containsExactly(
        "detected java: pom.xml wins over package.json (precedence java, go, python, node; a package.json beside "
            + "a backend usually builds its front end); pass --preset to choose",
        "detected java project: pom.xml",
        "detected java 17: pom.xml property maven.compiler.release ('17')",
        "detected jar target/portal-3.jar: pom.xml artifactId and version",
        "detected no wrapper: builds on the maven image (no mvnw)");
  }

  @Test
  void preset_overrides_detection() {
    Result r = CliTest.run("init", "--dry-run", "--preset", "node", PROJECTS.resolve("java-with-node").toString());
    assertThat(r.code()).isEqualTo(0);
    assertThat(r.err().lines().toList()).startsWith(
        "detected node: --preset node overrides detection (found pom.xml, package.json)",
        "detected node project: package.json");
    assertThat(r.out()).contains("npm ci");
  }

  @Test
  void preset_without_its_files_is_refused() {
    Path dir = PROJECTS.resolve("node-npm");
    Result r = CliTest.run("init", "--preset", "go", dir.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("dockerdsl: preset 'go' needs go.mod in " + dir + "; nothing was written\n");
  }

  @Test
  void unknown_preset_is_refused() {
    Result r = CliTest.run("init", "--preset", "rust", PROJECTS.resolve("node-npm").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("dockerdsl: preset 'rust' is unknown; use node, python, go or java\n");
  }

  // ---------------------------------------------------------------- generated files, reviewed

  private static String dockerfile(String project) {
    Result r = CliTest.run("init", "--dry-run", PROJECTS.resolve(project).toString());
    assertThat(r.code()).as(r.err()).isEqualTo(0);
    return r.out();
  }

  @Test
  void python_poetry_fastapi_dockerfile() {
    Approvals.verify(dockerfile("python-poetry-fastapi"), new Options().forFile().withExtension(".Dockerfile"));
  }

  @Test
  void go_cmd_single_dockerfile() {
    Approvals.verify(dockerfile("go-cmd-single"), new Options().forFile().withExtension(".Dockerfile"));
  }

  @Test
  void java_gradle_kts_boot_dockerfile() {
    Approvals.verify(dockerfile("java-gradle-kts-boot"), new Options().forFile().withExtension(".Dockerfile"));
  }

  @Test
  void readme_shows_the_output_of_the_main_job() throws IOException {
    Path app = Path.of("../examples/apps/node");
    Result r = CliTest.run("init", "--dry-run", app.toString());
    assertThat(r.code()).isEqualTo(0);
    String readme = Files.readString(Path.of("../README.md"));
    assertThat(readme).contains("./dockerdsl init --dry-run examples/apps/node");
    assertThat(readme).contains("```text\n" + r.err() + "```\n");
    String dockerfile = r.out().substring(0, r.out().indexOf("# ---- .dockerignore ----"));
    assertThat(readme).contains("```dockerfile\n" + dockerfile + "```\n");
  }
}
