package io.github.dockerdsl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A one-file lint of an ordinary Dockerfile, as the shaded jar runs it, bootstraps no lambda, method
 * reference or record method: the JDK's method-handle set-up was a fifth of such a run's instructions
 * (docs/performance.md, sixth round). Checked with the JVM's own class-loading log, against what the
 * same JVM loads for {@code -version}, so a JDK that sets up method handles at start does not fail it.
 */
class OneFileLintBootstrapIT {
  /** Classes whose loading means a call site was bootstrapped. */
  private static final List<String> BOOTSTRAP = List.of("java.lang.invoke.LambdaMetafactory",
      "java.lang.runtime.ObjectMethods", "java.lang.invoke.StringConcatFactory", "java.lang.invoke.MethodHandleImpl");

  private static Path jar;
  private static Path java;
  private static Set<String> baseline;

  @BeforeAll
  static void baseline() throws IOException, InterruptedException {
    jar = Path.of(System.getProperty("dockerdsl.jar", "target/dockerdsl-cli-0.1.0-SNAPSHOT-all.jar"));
    Assumptions.assumeTrue(Files.isRegularFile(jar),
        "skipped: the shaded jar " + jar + " is not built; run ./mvnw -B -pl cli -am verify");
    java = Path.of(System.getProperty("java.home"), "bin", "java");
    baseline = loaded(List.of("-version"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"CliTest.init_writes_dockerfile_and_dockerignore_and_says_what_it_detected.approved.Dockerfile",
      "JavaDetectionTest.sample_dockerfile.java-spring-boot-3.approved.Dockerfile",
      "JavaDetectionTest.sample_dockerfile.java-multi-module.approved.Dockerfile",
      "StandardsTest.init_applies_the_standards_of_the_jar.approved.Dockerfile"})
  void an_ordinary_file_is_linted_without_bootstrapping_a_call_site(String name) throws Exception {
    Path file = Path.of("src/test/java/io/github/dockerdsl/cli", name);
    Set<String> classes = loaded(List.of("-jar", jar.toString(), "lint", file.toString()));
    assertThat(classes).as("the run linted the file").contains("io.github.dockerdsl.lint.Linter");
    List<String> bootstrapped = new ArrayList<>();
    for (String c : classes) {
      if (c.contains("$$Lambda") || BOOTSTRAP.contains(c) && !baseline.contains(c)) {
        bootstrapped.add(c);
      }
    }
    assertThat(bootstrapped).as("classes that bootstrapping a call site loads, linting " + name).isEmpty();
  }

  private static Set<String> loaded(List<String> args) throws IOException, InterruptedException {
    Path log = Files.createTempFile("class-load", ".txt");
    try {
      List<String> command = new ArrayList<>(List.of(java.toString(), "-Xshare:auto",
          "-Xlog:class+load=info:file=" + log));
      command.addAll(args);
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      process.getInputStream().readAllBytes();
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
      Set<String> classes = new TreeSet<>();
      for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
        // [0.012s][info][class,load] java.lang.Object source: shared objects file
        int start = line.indexOf("] ", line.indexOf("class,load")) + 2;
        int end = line.indexOf(' ', start);
        if (start > 1 && end > start) {
          classes.add(line.substring(start, end));
        }
      }
      return classes;
    } finally {
      Files.deleteIfExists(log);
    }
  }
}
