package io.github.dockerdsl.benchmarks;

import io.github.dockerdsl.lint.Linter;
import io.github.dockerdsl.parse.DockerfileParser;
import io.github.dockerdsl.rule.Policy;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Tells a slow phase of the machine from one of the code: parses (and lints) {@link LintBenchmark}'s
 * typical file in a loop, after linting the corpus once as its {@code @Setup} does, and prints every
 * second the time per operation by wall clock and by this thread's own CPU time, the GCs, and the
 * process's page faults (docs/performance.md, seventh round). A thread that is descheduled shows in
 * wall time only; a thread that runs slower shows in both.
 * {@code java -XX:+UseSerialGC -cp benchmarks/target/benchmarks.jar io.github.dockerdsl.benchmarks.WarmProbe SECONDS [parse]}
 */
public final class WarmProbe {
  /** Where the results go, so that the JIT cannot drop the work. */
  static volatile Object sink;

  private WarmProbe() {}

  /** Runs for args[0] seconds; with {@code parse} as args[1], parses without linting. */
  public static void main(String[] args) throws IOException {
    if (args.length < 1 || !args[0].matches("[1-9][0-9]{0,4}") || (args.length > 1 && !args[1].equals("parse"))) {
      throw new IllegalArgumentException("usage: WarmProbe SECONDS [parse] (SECONDS a whole number from 1, got "
          + List.of(args) + ")");
    }
    int seconds = Integer.parseInt(args[0]);
    boolean lint = args.length == 1;
    String typical = LintCorpus.seed(LintCorpus.TYPICAL);
    Policy policy = Policy.strict();
    for (String text : LintCorpus.generate()) {
      Linter.lint(DockerfileParser.parse(text), policy);
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
    long[] faults = faults();
    System.out.println("second  wall µs/op  CPU µs/op  GCs  minor faults  major faults");
    for (int second = 0; second < seconds; second++) {
      long wall0 = System.nanoTime();
      long cpu0 = threads.getCurrentThreadCpuTime();
      long gcs0 = collections(collectors);
      long ops = 0;
      while (System.nanoTime() - wall0 < 1_000_000_000L) {
        for (int i = 0; i < 100; i++) {
          sink = lint ? Linter.lint(DockerfileParser.parse(typical), policy) : DockerfileParser.parse(typical);
        }
        ops += 100;
      }
      long wall = System.nanoTime() - wall0;
      long cpu = threads.getCurrentThreadCpuTime() - cpu0;
      long[] now = faults();
      System.out.printf("%6d  %10.1f  %9.1f  %3d  %12d  %12d%n", second, wall / 1e3 / ops, cpu / 1e3 / ops,
          collections(collectors) - gcs0, now[0] - faults[0], now[1] - faults[1]);
      faults = now;
    }
  }

  private static long collections(List<GarbageCollectorMXBean> collectors) {
    long count = 0;
    for (GarbageCollectorMXBean collector : collectors) {
      count += collector.getCollectionCount();
    }
    return count;
  }

  /** Minor and major page faults of this process so far: fields 10 and 12 of /proc/self/stat; zeros elsewhere. */
  private static long[] faults() throws IOException {
    Path stat = Path.of("/proc/self/stat");
    if (!Files.isReadable(stat)) {
      return new long[2];
    }
    String text = Files.readString(stat);
    String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
    // fields[0] is the state, the 3rd field of the file: minflt (10th) is fields[7], majflt (12th) fields[9]
    return new long[] {Long.parseLong(fields[7]), Long.parseLong(fields[9])};
  }
}
