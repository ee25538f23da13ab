package io.github.dockerdsl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./dockerdsl} launcher's shell logic in a fake checkout: a {@code mvnw} that only says it
 * was called and a {@code java} that prints its arguments, so that where the launcher finds the jar
 * (from any directory, through symlinks), when it rebuilds, and when it adds the startup archive are
 * checked without a build or a JVM.
 */
class LauncherScriptTest {
  private static final Path LAUNCHER = Path.of("..", "dockerdsl").toAbsolutePath().normalize();
  private static final String JAR = "cli/target/dockerdsl-cli-0.1.0-SNAPSHOT-all.jar";
  private static final Instant BUILT = Instant.parse("2026-01-01T10:00:00Z");

  @TempDir Path tmp;
  private Path root;
  private Path bin;
  private Path javaBin;

  @BeforeEach
  void fakeCheckout() throws IOException {
    Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "skipped: the launcher needs bash");
    root = Files.createDirectories(tmp.resolve("checkout"));
    Files.copy(LAUNCHER, root.resolve("dockerdsl"));
    executable(root.resolve("dockerdsl"));
    script(root.resolve("mvnw"), "echo \"mvnw $*\" >&2\n");
    for (String module : List.of("dsl", "presets", "codegen", "cli")) {
      Path source = root.resolve(module + "/src/main/java/io/github/dockerdsl/Some.java");
      Files.createDirectories(source.getParent());
      Files.writeString(source, "class Some {}\n");
      Files.setLastModifiedTime(source, FileTime.from(BUILT.minusSeconds(60)));
    }
    Path jar = root.resolve(JAR);
    Files.createDirectories(jar.getParent());
    Files.writeString(jar, "");
    Files.setLastModifiedTime(jar, FileTime.from(BUILT));
    bin = Files.createDirectories(tmp.resolve("bin"));
    javaBin = bin.resolve("java");
    script(javaBin, "printf '%s\\n' \"$@\"\n");
  }

  @Test
  void an_up_to_date_jar_runs_at_once_with_its_absolute_path_and_the_arguments() throws Exception {
    Result r = launch(root, root.resolve("dockerdsl").toString(), "lint", "a b", "-");
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).isEqualTo(String.join("\n", "-XX:TieredStopAtLevel=1", "-XX:C1MaxInlineSize=20",
        "-XX:C1InlineStackLimit=3", "-XX:+UseSerialGC", "-XX:-UsePerfData",
        "-Xmn32m", "-jar", root.resolve(JAR).toString(), "lint", "a b", "-") + "\n");
  }

  @Test
  void from_another_directory_relative_or_through_symlinks_it_finds_its_own_checkout() throws Exception {
    Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere/deeper"));
    Path absoluteLink = Files.createSymbolicLink(tmp.resolve("elsewhere/dockerdsl"), root.resolve("dockerdsl"));
    Path relativeLink = Files.createSymbolicLink(elsewhere.resolve("dd"), Path.of("../dockerdsl"));
    String jarArgument = root.resolve(JAR).toString();
    assertThat(launch(root.resolve("cli"), "../dockerdsl", "-V").out()).contains("-jar\n" + root.resolve("cli/../" + JAR));
    assertThat(launch(tmp, "checkout/dockerdsl", "-V").out()).contains("-jar\n" + jarArgument + "\n-V\n");
    assertThat(launch(root, "./dockerdsl", "-V").out()).contains("-jar\n" + jarArgument + "\n-V\n");
    assertThat(launch(elsewhere, absoluteLink.toString(), "-V").out()).contains("-jar\n" + jarArgument + "\n-V\n");
    Result viaRelative = launch(elsewhere, "./dd", "-V");
    assertThat(viaRelative.err()).isEmpty();
    assertThat(viaRelative.out()).contains("-jar\n" + jarArgument + "\n-V\n");
  }

  @Test
  void a_source_newer_than_the_jar_or_no_jar_rebuilds_first() throws Exception {
    Path source = root.resolve("presets/src/main/java/io/github/dockerdsl/Some.java");
    Files.setLastModifiedTime(source, FileTime.from(BUILT.plusSeconds(1)));
    String building = "dockerdsl: building the command line (first use or sources changed)...\n"
        + "mvnw -q -B -DskipTests -pl cli -am package\n";
    assertThat(launch(root, root.resolve("dockerdsl").toString(), "-V").err()).isEqualTo(building);
    Files.setLastModifiedTime(source, FileTime.from(BUILT.minusSeconds(1)));
    Path resource = Files.createDirectories(root.resolve("cli/src/main/resources/META-INF")).resolve(".hidden");
    Files.writeString(resource, "x");
    assertThat(launch(root, root.resolve("dockerdsl").toString(), "-V").err()).as("a new resource").isEqualTo(building);
    Files.setLastModifiedTime(resource, FileTime.from(BUILT.minusSeconds(1)));
    assertThat(launch(root, root.resolve("dockerdsl").toString(), "-V").err()).isEmpty();
    Files.delete(root.resolve(JAR));
    assertThat(launch(root, root.resolve("dockerdsl").toString(), "-V").err()).isEqualTo(building);
  }

  @Test
  void the_archive_is_added_only_for_the_java_that_made_it() throws Exception {
    Path target = root.resolve("cli/target");
    Files.writeString(target.resolve(StartupArchive.CDS_ARCHIVE), "archive");
    Files.writeString(target.resolve(StartupArchive.AOT_CACHE), "cache");
    String launcher = root.resolve("dockerdsl").toString();
    String cds = "-XX:SharedArchiveFile=" + target.resolve(StartupArchive.CDS_ARCHIVE) + "\n-Xlog:cds*=off\n-jar\n";
    String aot = "-XX:AOTCache=" + target.resolve(StartupArchive.AOT_CACHE) + "\n-Xlog:aot*=off\n-Xlog:cds*=off\n-jar\n";

    // this java, named through a symlink to it (as /usr/bin/java is)
    Path link = Files.createSymbolicLink(tmp.resolve("java-link"), javaBin);
    descriptor(link + "\ncds\n", BUILT.plusSeconds(5));
    assertThat(launch(root, launcher, "-V").out()).contains("-Xmn32m\n" + cds);
    descriptor(javaBin + "\naot\n", BUILT.plusSeconds(5));
    assertThat(launch(root, launcher, "-V").out()).contains("-Xmn32m\n" + aot);

    // another java, a descriptor older than the jar, an empty or an unknown descriptor, a missing archive
    Path other = tmp.resolve("other-java");
    script(other, "exit 0\n");
    for (String content : List.of(other + "\ncds\n", "", "\n\n", javaBin + "\nzip\n", javaBin + "\n")) {
      descriptor(content, BUILT.plusSeconds(5));
      assertThat(launch(root, launcher, "-V").out()).as(content).contains("-Xmn32m\n-jar\n");
    }
    descriptor(javaBin + "\ncds\n", BUILT.minusSeconds(5));
    assertThat(launch(root, launcher, "-V").out()).contains("-Xmn32m\n-jar\n");
    descriptor(javaBin + "\ncds\n", BUILT.plusSeconds(5));
    Files.delete(target.resolve(StartupArchive.CDS_ARCHIVE));
    Result noArchive = launch(root, launcher, "-V");
    assertThat(noArchive.err()).isEmpty();
    assertThat(noArchive.out()).contains("-Xmn32m\n-jar\n");
  }

  @Test
  void the_options_proved_at_packaging_come_with_the_archive_and_only_with_it() throws Exception {
    Path target = root.resolve("cli/target");
    Files.writeString(target.resolve(StartupArchive.CDS_ARCHIVE), "archive");
    Files.writeString(target.resolve(StartupArchive.AOT_CACHE), "cache");
    String launcher = root.resolve("dockerdsl").toString();
    String mapping = String.join("\n", StartupArchive.MAPPING_OPTIONS) + "\n";
    // what packaging proved the options with is what the launcher adds
    String cds = String.join("\n", StartupArchive.archiveOptions("cds", target.resolve(StartupArchive.CDS_ARCHIVE))) + "\n";
    String aot = String.join("\n", StartupArchive.archiveOptions("aot", target.resolve(StartupArchive.AOT_CACHE))) + "\n";
    String proved = String.join(" ", StartupArchive.MAPPING_OPTIONS);

    descriptor(javaBin + "\ncds\n" + proved + "\n", BUILT.plusSeconds(5));
    assertThat(launch(root, launcher, "lint", "x").out()).endsWith("-Xmn32m\n" + cds + mapping + "-jar\n" + root.resolve(JAR) + "\nlint\nx\n");
    descriptor(javaBin + "\naot\n" + proved, BUILT.plusSeconds(5));
    assertThat(launch(root, launcher, "-V").out()).as("no newline after the last line").contains("-Xmn32m\n" + aot + mapping + "-jar\n");
    // extra spaces split away; a word that is no -X option drops them all, not the archive
    descriptor(javaBin + "\ncds\n  -XX:+UnlockDiagnosticVMOptions   -XX:ArchiveRelocationMode=0 \n", BUILT.plusSeconds(5));
    assertThat(launch(root, launcher, "-V").out()).contains("-Xmn32m\n" + cds + mapping + "-jar\n");
    for (String bad : List.of("-XX:+UnlockDiagnosticVMOptions -jar", "-XX:ArchiveRelocationMode=0 *", "-X", "foo")) {
      descriptor(javaBin + "\ncds\n" + bad + "\n", BUILT.plusSeconds(5));
      assertThat(launch(root, launcher, "-V").out()).as(bad).contains("-Xmn32m\n" + cds + "-jar\n");
    }
    // an empty or blank third line (the java did not take them) or a descriptor of before the third line
    for (String content : List.of(javaBin + "\ncds\n\n", javaBin + "\ncds\n  \t \n", javaBin + "\ncds\n")) {
      descriptor(content, BUILT.plusSeconds(5));
      assertThat(launch(root, launcher, "-V").out()).contains("-Xmn32m\n" + cds + "-jar\n");
    }

    // another java (one that may not know the flag) gets neither; nor does this java without the archive
    Path other = tmp.resolve("other-java");
    script(other, "exit 0\n");
    descriptor(other + "\ncds\n" + proved + "\n", BUILT.plusSeconds(5));
    assertThat(launch(root, launcher, "-V").out()).contains("-Xmn32m\n-jar\n");
    descriptor(javaBin + "\ncds\n" + proved + "\n", BUILT.minusSeconds(5));
    assertThat(launch(root, launcher, "-V").out()).as("older than the jar").contains("-Xmn32m\n-jar\n");
    descriptor(javaBin + "\ncds\n" + proved + "\n", BUILT.plusSeconds(5));
    Files.delete(target.resolve(StartupArchive.CDS_ARCHIVE));
    Result noArchive = launch(root, launcher, "-V");
    assertThat(noArchive.err()).isEmpty();
    assertThat(noArchive.out()).contains("-Xmn32m\n-jar\n");
  }

  private void descriptor(String content, Instant modified) throws IOException {
    Path descriptor = root.resolve("cli/target").resolve(StartupArchive.DESCRIPTOR);
    Files.writeString(descriptor, content);
    Files.setLastModifiedTime(descriptor, FileTime.from(modified));
  }

  private record Result(int code, String out, String err) {}

  private Result launch(Path cwd, String launcher, String... args) throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>(List.of("/bin/bash", launcher));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile());
    pb.environment().put("PATH", bin + ":/usr/bin:/bin");
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(err).isZero();
    return new Result(p.exitValue(), out, err);
  }

  private static void script(Path file, String body) throws IOException {
    Files.writeString(file, "#!/bin/sh\n" + body);
    executable(file);
  }

  private static void executable(Path file) throws IOException {
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }
}
