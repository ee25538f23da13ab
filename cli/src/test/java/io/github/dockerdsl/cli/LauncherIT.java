package io.github.dockerdsl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./dockerdsl} launcher with the startup archive made at package time: used by the
 * {@code java} that made it, with the options packaging proved that {@code java} takes, silently skipped
 * (both) by any other. A failsafe test: it needs the packaged jar.
 */
class LauncherIT {
  private static final Path LAUNCHER = Path.of("..", "dockerdsl").toAbsolutePath().normalize();
  private Path target;

  @BeforeEach
  void needsThePackagedJarAndBash() {
    Path jar = Path.of(System.getProperty("dockerdsl.jar", "target/dockerdsl-cli-0.1.0-SNAPSHOT-all.jar"));
    Assumptions.assumeTrue(Files.isRegularFile(jar), "skipped: " + jar + " is not built; run ./mvnw -B verify");
    Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "skipped: the launcher needs bash");
    target = jar.toAbsolutePath().getParent();
  }

  @Test
  void packaging_made_an_archive_for_the_java_on_path() throws IOException {
    List<String> descriptor = Files.readAllLines(target.resolve(StartupArchive.DESCRIPTOR));
    assertThat(descriptor.get(0)).isEqualTo(StartupArchive.launcherJava().orElseThrow().toString());
    assertThat(descriptor.get(1)).isIn("cds", "aot");
    assertThat(target.resolve(descriptor.get(1).equals("cds") ? StartupArchive.CDS_ARCHIVE : StartupArchive.AOT_CACHE))
        .isRegularFile();
  }

  @Test
  void packaging_recorded_the_mapping_options_exactly_when_this_java_takes_them_for_an_appcds_archive() throws Exception {
    List<String> descriptor = Files.readAllLines(target.resolve(StartupArchive.DESCRIPTOR));
    Process p = new ProcessBuilder(List.of(descriptor.get(0), StartupArchive.MAPPING_OPTIONS.get(0),
        StartupArchive.MAPPING_OPTIONS.get(1), "-version")).redirectErrorStream(true).start();
    p.getInputStream().readAllBytes();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(descriptor).hasSize(3);
    // only for an AppCDS archive: Java 25's AOT cache stays relocated (StartupArchive says why)
    assertThat(descriptor.get(2)).isEqualTo(p.exitValue() == 0 && descriptor.get(1).equals("cds")
        ? String.join(" ", StartupArchive.MAPPING_OPTIONS) : "");
  }

  @Test
  void the_launcher_passes_the_recorded_options_and_the_archive_still_loads(@TempDir Path dir) throws Exception {
    List<String> descriptor = Files.readAllLines(target.resolve(StartupArchive.DESCRIPTOR));
    Assumptions.assumeFalse(descriptor.get(2).isEmpty(), "skipped: this java did not take " + StartupArchive.MAPPING_OPTIONS);
    Path log = dir.resolve("classes.log");
    Result r = launch(dir, System.getenv("PATH"), "-XX:+PrintCommandLineFlags -Xlog:class+load:file=" + log);
    assertThat(r.code).as(r.err).isEqualTo(0);
    assertThat(r.out).endsWith("\n1 file checked: 0 errors, 0 warnings, 0 info; 0 suppressed\n");
    assertThat(r.out.lines().findFirst().orElseThrow().split(" "))
        .contains(StartupArchive.MAPPING_OPTIONS.toArray(String[]::new));
    assertThat(Files.readAllLines(log)).filteredOn(l -> l.contains(" io.github.dockerdsl.lint.Linter "))
        .singleElement().asString().contains("source: shared objects file");
  }

  @Test
  void launcher_loads_dockerdsl_classes_from_the_archive(@TempDir Path dir) throws Exception {
    Path log = dir.resolve("classes.log");
    Result r = launch(dir, System.getenv("PATH"), "-Xlog:class+load:file=" + log);
    assertThat(r.code).as(r.err).isEqualTo(0);
    assertThat(r.err).isEqualTo("Picked up JAVA_TOOL_OPTIONS: -Xlog:class+load:file=" + log + "\n");
    assertThat(r.out).isEqualTo("1 file checked: 0 errors, 0 warnings, 0 info; 0 suppressed\n");
    assertThat(Files.readAllLines(log)).filteredOn(l -> l.contains(" io.github.dockerdsl.lint.Linter "))
        .singleElement().asString().contains("source: shared objects file");
  }

  @Test
  void through_a_symlink_from_another_directory_the_archive_is_still_used(@TempDir Path dir) throws Exception {
    Path link = Files.createSymbolicLink(dir.resolve("dockerdsl"), LAUNCHER);
    Path log = dir.resolve("classes.log");
    Result r = launch(dir, System.getenv("PATH"), "-Xlog:class+load:file=" + log, link, dir);
    assertThat(r.code).as(r.err).isEqualTo(0);
    assertThat(r.err).isEqualTo("Picked up JAVA_TOOL_OPTIONS: -Xlog:class+load:file=" + log + "\n");
    assertThat(r.out).isEqualTo("1 file checked: 0 errors, 0 warnings, 0 info; 0 suppressed\n");
    assertThat(Files.readAllLines(log)).filteredOn(l -> l.contains(" io.github.dockerdsl.lint.Linter "))
        .singleElement().asString().contains("source: shared objects file");
  }

  @Test
  void another_java_runs_without_the_archive_and_says_nothing(@TempDir Path dir) throws Exception {
    // A wrapper is another `java` to the launcher (its real path differs from the one that made the archive).
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path wrapper = bin.resolve("java");
    Path realJava = StartupArchive.launcherJava().orElseThrow();
    Files.writeString(wrapper, "#!/bin/sh\nexec '" + realJava + "' \"$@\"\n");
    Files.setPosixFilePermissions(wrapper, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path log = dir.resolve("classes.log");
    Result r = launch(dir, bin + ":" + System.getenv("PATH"), "-XX:+PrintCommandLineFlags -Xlog:class+load:file=" + log);
    assertThat(r.code).as(r.err).isEqualTo(0);
    assertThat(r.err).isEqualTo("Picked up JAVA_TOOL_OPTIONS: -XX:+PrintCommandLineFlags -Xlog:class+load:file=" + log + "\n");
    assertThat(r.out).doesNotContain("ArchiveRelocationMode", "SharedArchiveFile", "AOTCache")
        .endsWith("\n1 file checked: 0 errors, 0 warnings, 0 info; 0 suppressed\n");
    assertThat(Files.readAllLines(log)).filteredOn(l -> l.contains(" io.github.dockerdsl.lint.Linter "))
        .singleElement().asString().contains("source: file:");
  }

  private record Result(int code, String out, String err) {}

  private static Result launch(Path dir, String path, String toolOptions) throws IOException, InterruptedException {
    return launch(dir, path, toolOptions, LAUNCHER, null);
  }

  /** Runs {@code launcher lint DIR/Dockerfile} in {@code cwd} (null: this JVM's), with PATH and JAVA_TOOL_OPTIONS. */
  private static Result launch(Path dir, String path, String toolOptions, Path launcher, Path cwd)
      throws IOException, InterruptedException {
    Path file = dir.resolve("Dockerfile");
    Files.writeString(file, "FROM scratch\nCOPY app /app\nUSER 10001\nENTRYPOINT [\"/app\"]\n");
    ProcessBuilder pb = new ProcessBuilder("/bin/bash", launcher.toString(), "lint", file.toString());
    if (cwd != null) {
      pb.directory(cwd.toFile());
    }
    Map<String, String> env = pb.environment();
    env.put("PATH", path);
    env.put("JAVA_TOOL_OPTIONS", toolOptions);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Result(p.exitValue(), out, err);
  }
}
