package io.github.dockerdsl.benchmarks;

import io.github.dockerdsl.parse.DockerfileParser;
import java.nio.file.*;
import java.util.*;

/**
 * The cold cost of parsing: {@code write DIR} writes {@link RealWorldCorpus} to a folder; {@code parse DIR}
 * parses every file of it once, in file order, in this fresh JVM, and prints how long that took. Run
 * the second under hyperfine for the whole process (docs/performance.md, fourth round).
 */
public final class ColdParse {
  private ColdParse() {}

  /** {@code write DIR} or {@code parse DIR}. */
  public static void main(String[] a) throws Exception {
    Path dir = Path.of(a[1]);
    if (a[0].equals("write")) {
      Files.createDirectories(dir);
      List<String> files = RealWorldCorpus.generate();
      for (int i = 0; i < files.size(); i++) Files.writeString(dir.resolve(String.format("f%04d.Dockerfile", i)), files.get(i));
      return;
    }
    List<String> texts = new ArrayList<>();
    try (var s = Files.list(dir)) { for (Path p : s.sorted().toList()) texts.add(Files.readString(p)); }
    long t0 = System.nanoTime(); long h = 0;
    for (String t : texts) h += System.identityHashCode(DockerfileParser.parse(t));
    System.out.printf("parse of %d files: %.0f ms%n", texts.size(), (System.nanoTime() - t0) / 1e6);
  }
}
