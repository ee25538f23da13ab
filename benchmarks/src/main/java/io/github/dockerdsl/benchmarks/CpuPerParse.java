package io.github.dockerdsl.benchmarks;

import io.github.dockerdsl.parse.DockerfileParser;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Thread CPU time and bytes allocated per parse of one file, warm: on a shared machine, CPU time is
 * less disturbed than JMH's wall clock, as it does not count the time a thread waits for a core.
 * Usage: {@code CpuPerParse [FILE]} (default: the typical corpus file of {@link LintBenchmark}).
 */
public final class CpuPerParse {
  private CpuPerParse() {}

  /** Parses 200,000 times to warm up, then prints the median of nine rounds of 20,000 parses. */
  public static void main(String[] args) throws Exception {
    String text = args.length > 0 ? Files.readString(Path.of(args[0])) : LintCorpus.seed(LintCorpus.TYPICAL);
    com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long tid = Thread.currentThread().getId();
    long sink = 0;
    for (int i = 0; i < 200_000; i++) {
      sink += System.identityHashCode(DockerfileParser.parse(text));
    }
    int rounds = 9;
    int n = 20_000;
    double[] us = new double[rounds];
    double[] bytes = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      long c0 = mx.getCurrentThreadCpuTime();
      long b0 = mx.getThreadAllocatedBytes(tid);
      for (int i = 0; i < n; i++) {
        sink += System.identityHashCode(DockerfileParser.parse(text));
      }
      us[r] = (mx.getCurrentThreadCpuTime() - c0) / 1000.0 / n;
      bytes[r] = (double) (mx.getThreadAllocatedBytes(tid) - b0) / n;
    }
    Arrays.sort(us);
    Arrays.sort(bytes);
    System.out.printf("cpu us/parse median %.2f (min %.2f max %.2f), bytes/parse %.0f  [%d]%n", us[rounds / 2], us[0],
        us[rounds - 1], bytes[rounds / 2], sink & 1);
  }
}
