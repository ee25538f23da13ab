package io.github.dockerdsl.benchmarks;

import io.github.dockerdsl.lint.LintResult;
import io.github.dockerdsl.lint.Linter;
import io.github.dockerdsl.parse.DockerfileParser;
import io.github.dockerdsl.parse.ParsedDockerfile;
import io.github.dockerdsl.rule.Policy;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * How long parsing and linting take: the whole {@link LintCorpus} of 1,000 files per operation, and
 * one typical 62-line Dockerfile per operation, each parsed only and parsed then linted with
 * {@code Policy.strict()}.
 *
 * <p>Twenty seconds of warm-up, because on two cores C2 takes about twelve seconds to work through its
 * queue for this code (400–640 compilations, -XX:+LogCompilation, docs/performance.md seventh round):
 * iterations measured before that flip between a fast and a slow mode depending on which of the big
 * rule and parser methods it has reached.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Fork(1)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
public class LintBenchmark {
  private List<String> corpus;
  private String typical;
  private Policy policy;
  private ParsedDockerfile typicalParsed;

  /** Generates the corpus and checks that every file lints. */
  @Setup
  public void setUp() {
    corpus = LintCorpus.generate();
    typical = LintCorpus.seed(LintCorpus.TYPICAL);
    policy = Policy.strict();
    typicalParsed = DockerfileParser.parse(typical);
    if (corpus.size() != LintCorpus.SIZE) {
      throw new IllegalStateException("corpus has " + corpus.size() + " files");
    }
    for (String text : corpus) {
      Linter.lint(DockerfileParser.parse(text), policy);
    }
  }

  /** Parses the 1,000 files. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public void parseCorpus(Blackhole bh) {
    for (String text : corpus) {
      bh.consume(DockerfileParser.parse(text));
    }
  }

  /** Parses and lints the 1,000 files. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public void parseAndLintCorpus(Blackhole bh) {
    for (String text : corpus) {
      bh.consume(Linter.lint(DockerfileParser.parse(text), policy));
    }
  }

  /** Parses the typical file. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public ParsedDockerfile parseTypical() {
    return DockerfileParser.parse(typical);
  }

  /** Lints the typical file, already parsed. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public LintResult lintTypical() {
    return Linter.lint(typicalParsed, policy);
  }

  /** Parses and lints the typical file. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public LintResult parseAndLintTypical() {
    return Linter.lint(DockerfileParser.parse(typical), policy);
  }
}
