package io.github.dockerdsl.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The training run behind the launcher's startup archive, and what the launcher and it must agree on. */
class StartupArchiveTest {
  @Test
  void training_runs_every_command_including_the_error_paths() throws IOException {
    // lint of each sample (1: error findings, so no sample has a syntax error that would stop the lint
    // before the rules), all of them with a broken file (2), json and sarif (1), --show-suppressed (1),
    // fmt --check (1: not canonical), fmt, parse, rules, rules json, help, lint help, version (0), lint alone (2)
    assertThat(StartupArchive.train()).containsExactly(1, 1, 1, 1, 2, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 2);
  }

  @Test
  void launcher_starts_java_with_the_options_the_training_run_used() throws IOException {
    String launcher = Files.readString(Path.of("..", "dockerdsl"));
    Matcher m = Pattern.compile("(?m)^options=\\((.*)\\)$").matcher(launcher);
    assertThat(m.find()).as("an options=(...) line in ../dockerdsl").isTrue();
    List<String> options = Arrays.asList(m.group(1).split(" "));
    assertThat(options).isEqualTo(StartupArchive.LAUNCHER_OPTIONS);
  }

  @Test
  void the_mapping_options_are_kept_only_when_that_java_loads_main_from_the_archive_with_them(@TempDir Path dir)
      throws Exception {
    Path log = dir.resolve("startup.log");
    Path archive = dir.resolve(StartupArchive.CDS_ARCHIVE);
    Path jar = dir.resolve("cli.jar");
    // a JVM that refuses the flag (as one without it does: "Unrecognized VM option")
    Path refuses = fakeJava(dir.resolve("refuses"), "echo \"Unrecognized VM option 'ArchiveRelocationMode=0'\"; exit 1");
    assertThat(StartupArchive.proven(refuses, jar, log, "cds", archive)).isEmpty();
    assertThat(Files.readString(log)).contains("Unrecognized VM option");
    // one that starts but loads Main from the jar
    Path fromJar = fakeJava(dir.resolve("from-jar"), "log \"io.github.dockerdsl.cli.Main source: file:" + jar + "\"");
    assertThat(StartupArchive.proven(fromJar, jar, log, "cds", archive)).isEmpty();
    // one that takes them and maps the archive: it was asked to require the archive, with the options
    Path takes = fakeJava(dir.resolve("takes"), "log \"io.github.dockerdsl.cli.Main source: shared objects file\"\n"
        + "printf '%s\\n' \"$@\" > " + dir.resolve("arguments"));
    assertThat(StartupArchive.proven(takes, jar, log, "cds", archive)).isEqualTo(StartupArchive.MAPPING_OPTIONS);
    assertThat(Files.readAllLines(dir.resolve("arguments"))).containsSubsequence("-XX:SharedArchiveFile=" + archive,
        "-Xshare:on", "-XX:+UnlockDiagnosticVMOptions", "-XX:ArchiveRelocationMode=0", "io.github.dockerdsl.cli.Main",
        "--version");
    assertThat(StartupArchive.proven(takes, jar, log, "aot", dir.resolve(StartupArchive.AOT_CACHE))).isEqualTo(
        StartupArchive.MAPPING_OPTIONS);
    assertThat(Files.readAllLines(dir.resolve("arguments"))).contains("-XX:AOTMode=on").doesNotContain("-Xshare:on");
    try (var left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString())).as("the probe's class log is removed")
          .noneMatch(n -> n.contains("probe"));
    }
  }

  /** A {@code java} script whose body may call {@code log LINE} to write LINE to the -Xlog:class+load file. */
  private static Path fakeJava(Path dir, String body) throws IOException {
    Path java = Files.createDirectories(dir).resolve("java");
    Files.writeString(java, "#!/bin/sh\n"
        + "for a in \"$@\"; do case \"$a\" in -Xlog:class+load=info:file=*) file=\"${a#*:file=}\" ;; esac; done\n"
        + "log() { echo \"[0.1s][info][class,load] $1\" >> \"$file\"; }\n" + body + "\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    return java;
  }

  @Test
  void an_unknown_archive_kind_is_refused() {
    assertThatThrownBy(() -> StartupArchive.archiveOptions("zip", Path.of("a.zip")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("archive kind 'zip' is neither 'cds' nor 'aot'");
  }

  @Test
  void feature_version_comes_from_the_jdk_release_file(@TempDir Path home) throws IOException {
    Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Eclipse Adoptium\"\nJAVA_VERSION=\"25.0.1\"\n");
    assertThat(StartupArchive.featureVersion(home)).isEqualTo(25);
  }

  @Test
  void a_jdk_without_release_file_has_no_archive(@TempDir Path home) {
    assertThatThrownBy(() -> StartupArchive.featureVersion(home))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("cannot tell the Java version of " + home + " (no JAVA_VERSION in " + home.resolve("release") + ")");
  }
}
