package io.github.dockerdsl.benchmarks;

import io.github.dockerdsl.parse.DockerfileParser;
import io.github.dockerdsl.parse.DockerfileSyntaxException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * 1,000 Dockerfiles generated deterministically (seed 42) from the parser's 14-file test corpus, for
 * the parse and lint benchmarks: each is a corpus file with variations (keywords in other case,
 * hadolint waivers, legacy ENV lines, extra RUNs), so the linter meets findings and waivers of all kinds.
 */
public final class LintCorpus {
  /** The corpus files (dsl/src/test/resources/corpus), copied into the jar under {@code corpus/}. */
  static final List<String> SEEDS = List.of("alpine-misc", "go-cross-compile", "heredocs", "java-spring",
      "legacy-forms", "nginx-debian", "node-multistage", "onbuild", "php-apache", "python-slim", "ruby-rails",
      "rust-cargo", "suppressions", "windows-servercore");
  /** The typical file: 62 lines, 2 stages, a long RUN chain and a heredoc-free build. */
  static final String TYPICAL = "java-spring";
  /** How many files the corpus has. */
  static final int SIZE = 1000;

  private static final Set<String> KEYWORDS = Set.of("RUN", "COPY", "ENV", "WORKDIR", "LABEL", "EXPOSE", "USER",
      "ARG", "ADD", "CMD", "ENTRYPOINT", "VOLUME");

  private LintCorpus() {}

  /** One corpus file's text. */
  static String seed(String name) {
    try (InputStream in = LintCorpus.class.getResourceAsStream("/corpus/" + name + ".Dockerfile")) {
      if (in == null) {
        throw new IllegalStateException("corpus file " + name + ".Dockerfile is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The 1,000 files; every one parses (a variation that would not is dropped for its seed file). */
  static List<String> generate() {
    List<String> seeds = new ArrayList<>();
    for (String name : SEEDS) {
      seeds.add(seed(name));
    }
    Random random = new Random(42);
    List<String> out = new ArrayList<>(SIZE);
    for (int k = 0; k < SIZE; k++) {
      String base = seeds.get(k % seeds.size());
      String varied = vary(base, k, random);
      out.add(parses(varied) ? varied : base);
    }
    return out;
  }

  private static boolean parses(String text) {
    try {
      DockerfileParser.parse(text);
      return true;
    } catch (DockerfileSyntaxException e) {
      return false;
    }
  }

  private static String vary(String base, int k, Random random) {
    String[] lines = base.split("\n", -1);
    StringBuilder out = new StringBuilder(base.length() + 256);
    boolean continued = false;
    for (String line : lines) {
      String keyword = line.isEmpty() || continued ? "" : line.split(" ", 2)[0];
      if (KEYWORDS.contains(keyword)) {
        int dice = random.nextInt(20);
        if (dice == 0) {
          line = keyword.toLowerCase(Locale.ROOT) + line.substring(keyword.length());
        } else if (dice == 1 && keyword.equals("RUN")) {
          out.append("# hadolint ignore=DL3008,DL3059\n");
        }
      }
      continued = line.endsWith("\\") || line.endsWith("`");
      out.append(line).append('\n');
    }
    if (base.contains("\nFROM ") || base.startsWith("FROM ")) {
      out.append("ENV BENCH_").append(k).append(" value-").append(random.nextInt(1000)).append('\n');
      out.append("RUN echo build ").append(k).append(" && test -d /tmp\n");
    }
    return out.toString();
  }

  /** Prints the corpus's size, for docs/performance.md. */
  public static void main(String[] args) {
    List<String> files = generate();
    long lines = 0;
    long bytes = 0;
    for (String f : files) {
      lines += f.split("\n", -1).length - 1;
      bytes += f.getBytes(StandardCharsets.UTF_8).length;
    }
    String typical = seed(TYPICAL);
    System.out.printf("%d files, %d lines, %d bytes; typical file %s: %d lines%n", files.size(), lines, bytes,
        TYPICAL, typical.split("\n", -1).length - 1);
  }
}
