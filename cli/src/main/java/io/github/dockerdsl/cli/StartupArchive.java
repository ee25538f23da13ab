package io.github.dockerdsl.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes the class-data archive that the {@code ./dockerdsl} launcher starts the JVM with, so a short
 * {@code dockerdsl lint} does not spend most of its time loading and verifying classes. Run by
 * {@code cli/pom.xml} right after the shaded jar is packaged: a training run of every command
 * ({@link #train}) in the {@code java} the launcher will use, whose loaded classes become a static
 * AppCDS archive ({@code -XX:DumpLoadedClassList}, then {@code -Xshare:dump}) or, on Java 25 and
 * later, the JDK's ahead-of-time cache ({@code -XX:AOTCacheOutput}; where the JDK cannot write
 * one, the AppCDS archive again). Then it writes {@value #DESCRIPTOR}: the real path of that {@code java},
 * the archive's kind, and the extra JVM options this {@code java} was seen to start with that archive
 * ({@link #MAPPING_OPTIONS} for an AppCDS archive, or none), which the launcher uses only when its own
 * {@code java} is that one.
 * Any failure only means no archive (or no extra options): the build and the launcher carry on without.
 */
public final class StartupArchive {
  /** The JVM options of the launcher, which the training run must share; a test checks they match. */
  static final List<String> LAUNCHER_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:C1MaxInlineSize=20",
      "-XX:C1InlineStackLimit=3", "-XX:+UseSerialGC", "-XX:-UsePerfData", "-Xmn32m");
  /**
   * Map the AppCDS archive where it was dumped instead of at a random address: Debian's Java 17 defaults
   * to {@code ArchiveRelocationMode=1}, and relocating every pointer of the 23 MB archive is most of the
   * JVM's 70–190 ms "Genesis" (docs/performance.md, fifth round). A diagnostic flag, so recorded for the
   * launcher only after {@link #proven} saw this {@code java} accept it and load the archive with it.
   */
  static final List<String> MAPPING_OPTIONS = List.of("-XX:+UnlockDiagnosticVMOptions", "-XX:ArchiveRelocationMode=0");
  /**
   * The file the launcher reads: the {@code java} the archive was made with, then {@code cds} or {@code aot},
   * then the extra options (space-separated, possibly an empty line) to start that {@code java} with.
   */
  static final String DESCRIPTOR = "dockerdsl-startup.txt";
  /** The AppCDS archive's file name, next to the jar. */
  static final String CDS_ARCHIVE = "dockerdsl.jsa";
  /** The ahead-of-time cache's file name (Java 25+), next to the jar. */
  static final String AOT_CACHE = "dockerdsl.aot";

  private static final Pattern JAVA_VERSION = Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)");

  private StartupArchive() {}

  /**
   * {@code StartupArchive TARGET_DIR JAR} makes the archive for JAR in TARGET_DIR; {@code StartupArchive
   * --train} is the training run itself (every command once, output discarded).
   */
  public static void main(String[] args) throws IOException {
    if (args.length == 1 && args[0].equals("--train")) {
      train();
      return;
    }
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: StartupArchive TARGET_DIR JAR (got " + args.length
          + " arguments); cli/pom.xml passes the build directory and the shaded jar");
    }
    Path target = Path.of(args[0]);
    Path jar = Path.of(args[1]);
    Files.deleteIfExists(target.resolve(DESCRIPTOR));
    Files.deleteIfExists(target.resolve(CDS_ARCHIVE));
    Files.deleteIfExists(target.resolve(AOT_CACHE));
    Files.deleteIfExists(target.resolve(AOT_CACHE + ".config"));
    try {
      System.out.println("[dockerdsl] " + make(target, jar));
    } catch (IOException | RuntimeException e) {
      System.out.println("[dockerdsl] no startup archive (" + e.getMessage() + "); the launcher runs without one");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String make(Path target, Path jar) throws IOException, InterruptedException {
    Path java = launcherJava().orElseThrow(() -> new IllegalStateException("no 'java' on PATH"));
    Path home = java.getParent().getParent();
    int feature = featureVersion(home);
    Path log = target.resolve("dockerdsl-startup.log");
    Files.deleteIfExists(log);
    List<String> tried = new ArrayList<>();
    if (feature >= 25) {
      // One step (JEP 514): the training run records, then the JVM writes the cache as it exits. With
      // the classes linked ahead of time (JEP 483) first. Temurin 25.0.3 crashed writing that for the
      // jar of the days when picocli read annotations (archiveHeapWriter.cpp guarantee, the cache left
      // empty); it writes it for today's, but an empty cache still means a retry without the linking.
      Path cache = target.resolve(AOT_CACHE).toAbsolutePath();
      for (List<String> variant : List.of(List.<String>of(), List.of("-XX:-AOTClassLinking"))) {
        Files.deleteIfExists(cache);
        List<String> arguments = new ArrayList<>(variant);
        arguments.addAll(List.of("-XX:AOTCacheOutput=" + cache, StartupArchive.class.getName(), "--train"));
        String outcome = attempt(java, jar, log, cache, arguments);
        if (outcome == null) {
          Files.deleteIfExists(target.resolve(AOT_CACHE + ".config"));
          // Not MAPPING_OPTIONS: Temurin 25 takes them, but a lint with its cache unrelocated measured
          // slower (more system time, docs/performance.md, fifth round), so the cache stays relocated.
          return describe(target, java, feature, "aot", List.of(),
              "ahead-of-time cache " + AOT_CACHE + (variant.isEmpty() ? "" : " (" + variant.get(0) + ")"));
        }
        tried.add(outcome);
      }
      Files.deleteIfExists(cache);
      Files.deleteIfExists(target.resolve(AOT_CACHE + ".config"));
    }
    // A static archive in two steps, not -XX:ArchiveClassesAtExit: a dynamic archive cannot hold
    // class files older than Java 6, and picocli's are Java 5 ones.
    Path archive = target.resolve(CDS_ARCHIVE).toAbsolutePath();
    Path classes = target.resolve("dockerdsl-classes.lst").toAbsolutePath();
    String outcome = attempt(java, jar, log, classes,
        List.of("-XX:DumpLoadedClassList=" + classes, StartupArchive.class.getName(), "--train"));
    if (outcome == null) {
      outcome = attempt(java, jar, log, archive,
          List.of("-Xshare:dump", "-XX:SharedClassListFile=" + classes, "-XX:SharedArchiveFile=" + archive));
    }
    if (outcome != null) {
      tried.add(outcome);
      throw new IllegalStateException(String.join("; ", tried));
    }
    return describe(target, java, feature, "cds", proven(java, jar, log, "cds", archive), "AppCDS archive " + CDS_ARCHIVE
        + (tried.isEmpty() ? "" : " (the ahead-of-time cache failed: " + String.join("; ", tried) + ")"));
  }

  /** Runs one step; null when it made a non-empty {@code made}, else why not. */
  private static String attempt(Path java, Path jar, Path log, Path made, List<String> arguments)
      throws IOException, InterruptedException {
    try {
      run(java, jar, log, arguments.toArray(String[]::new));
    } catch (IllegalStateException e) {
      return e.getMessage();
    }
    return Files.isRegularFile(made) && Files.size(made) > 0 ? null
        : "'" + String.join(" ", arguments) + "' made no " + made.getFileName() + ", see " + log;
  }

  /** Writes the descriptor the launcher reads, and says what was made. */
  private static String describe(Path target, Path java, int feature, String kind, List<String> extra, String what)
      throws IOException {
    Files.writeString(target.resolve(DESCRIPTOR), java + "\n" + kind + "\n" + String.join(" ", extra) + "\n",
        StandardCharsets.UTF_8);
    return what + " for " + java + " (Java " + feature + ")"
        + (extra.isEmpty() ? ", without " + String.join(" ", MAPPING_OPTIONS) : ", with " + String.join(" ", extra));
  }

  /** The options the launcher adds for an archive of {@code kind} at {@code archive}; keep in step with it. */
  static List<String> archiveOptions(String kind, Path archive) {
    return switch (kind) {
      case "aot" -> List.of("-XX:AOTCache=" + archive, "-Xlog:aot*=off", "-Xlog:cds*=off");
      case "cds" -> List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds*=off");
      default -> throw new IllegalArgumentException("archive kind '" + kind + "' is neither 'cds' nor 'aot'");
    };
  }

  /**
   * {@link #MAPPING_OPTIONS} when this {@code java}, started as the launcher starts it with them, requires
   * the archive ({@code -Xshare:on}, {@code -XX:AOTMode=on}: no silent fall-back) and loads {@code Main} from
   * it; otherwise none (an older or other JVM that does not know the flag, or an archive it rejects with it).
   */
  static List<String> proven(Path java, Path jar, Path log, String kind, Path archive)
      throws IOException, InterruptedException {
    List<String> arguments = new ArrayList<>(archiveOptions(kind, archive));
    arguments.add(kind.equals("aot") ? "-XX:AOTMode=on" : "-Xshare:on");
    arguments.addAll(MAPPING_OPTIONS);
    Path out = log.resolveSibling("dockerdsl-startup-probe.log");
    arguments.addAll(List.of("-Xlog:class+load=info:file=" + out.toAbsolutePath(), Main.class.getName(), "--version"));
    try {
      run(java, jar, log, arguments.toArray(String[]::new));
      return Files.readString(out).contains(" " + Main.class.getName() + " source: shared objects file")
          ? MAPPING_OPTIONS : List.of();
    } catch (IllegalStateException e) {
      return List.of();
    } finally {
      Files.deleteIfExists(out);
    }
  }

  /** Runs {@code java} with the launcher's options and {@code arguments}, appending its output to {@code log}. */
  private static void run(Path java, Path jar, Path log, String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(java.toString());
    command.addAll(LAUNCHER_OPTIONS);
    // a JVM that crashes writing the archive leaves its report beside the log, not in the source tree
    command.add("-XX:ErrorFile=" + log.toAbsolutePath().resolveSibling("dockerdsl-startup-hs_err_%p.log"));
    command.add("-cp");
    command.add(jar.toAbsolutePath().toString());
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException("'" + String.join(" ", command) + "' took over 5 minutes");
    }
    if (process.exitValue() != 0) {
      throw new IllegalStateException("'" + String.join(" ", command) + "' exited " + process.exitValue()
          + ", see " + log);
    }
  }

  /** The first {@code java} on PATH, as the launcher finds it, resolved to its real file; else this JVM's. */
  static Optional<Path> launcherJava() throws IOException {
    String path = System.getenv("PATH");
    if (path != null) {
      for (String dir : path.split(java.io.File.pathSeparator, -1)) {
        Path candidate = Path.of(dir.isEmpty() ? "." : dir, "java");
        if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
          return Optional.of(candidate.toRealPath());
        }
      }
    }
    Path own = Path.of(System.getProperty("java.home"), "bin", "java");
    return Files.isExecutable(own) ? Optional.of(own.toRealPath()) : Optional.empty();
  }

  /** The feature version ({@code 17}, {@code 25}) from the JDK's {@code release} file. */
  static int featureVersion(Path javaHome) throws IOException {
    Path release = javaHome.resolve("release");
    Matcher m = JAVA_VERSION.matcher(Files.isRegularFile(release) ? Files.readString(release) : "");
    if (!m.find()) {
      throw new IllegalStateException("cannot tell the Java version of " + javaHome + " (no JAVA_VERSION in "
          + release + ")");
    }
    return Integer.parseInt(m.group(1));
  }

  /**
   * {@code lint} of each of {@link TrainingSamples} alone and of all of them together (with a broken file),
   * then every other command once on the first (JSON and SARIF reports, fmt, parse, rules, help, and the
   * error paths), so the archive holds the classes a real run needs; returns each command's exit code.
   */
  static List<Integer> train() throws IOException {
    Path dir = Files.createTempDirectory("dockerdsl-training");
    try {
      List<String> samples = new ArrayList<>();
      for (int i = 0; i < TrainingSamples.ALL.size(); i++) {
        Path sample = dir.resolve(i + ".Dockerfile");
        Files.writeString(sample, TrainingSamples.ALL.get(i), StandardCharsets.UTF_8);
        samples.add(sample.toString());
      }
      Path broken = dir.resolve("broken.Dockerfile");
      Files.writeString(broken, "FROM debian:bookworm-slim\nCOPY --nope a b\nRUN [\"unterminated\n", StandardCharsets.UTF_8);
      String f = samples.get(0);
      List<String[]> runs = new ArrayList<>();
      // each sample alone first (the one-file path: no stream, no pool), then all of them with a broken one
      for (String sample : samples) {
        runs.add(new String[] {"lint", sample});
      }
      List<String> all = new ArrayList<>(List.of("lint"));
      all.addAll(samples);
      all.add(broken.toString());
      runs.add(all.toArray(String[]::new));
      runs.addAll(List.of(new String[][] {
          {"lint", "--format", "json", f}, {"lint", "--format", "sarif", f},
          {"lint", "--show-suppressed", f}, {"fmt", "--check", f}, {"fmt", f}, {"parse", "--json", f}, {"rules"},
          {"rules", "--format", "json"}, {"--help"}, {"lint", "--help"}, {"--version"}, {"lint"},
      }));
      // through an encoding PrintStream, as Main.main writes to System.out: its encoder's classes load too
      PrintWriter sink = new PrintWriter(new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
      List<Integer> codes = new ArrayList<>();
      for (String[] run : runs) {
        codes.add(Main.run(sink, sink, run));
      }
      return codes;
    } finally {
      try (var files = Files.list(dir)) {
        for (Path p : (Iterable<Path>) files::iterator) {
          Files.delete(p);
        }
      }
      Files.delete(dir);
    }
  }
}
