package io.github.dockerdsl.benchmarks;

import io.github.dockerdsl.Dockerfile;
import io.github.dockerdsl.Stage;
import io.github.dockerdsl.render.DockerfileWriter;
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

/**
 * How long it takes to build and to render the {@link TenStageDockerfile} workload (10 stages,
 * 200 instructions): building alone (with every {@code build()} check), rendering alone, and both as
 * user code does them with {@code toString()}.
 *
 * <p>Every benchmark returns its result, so JMH feeds it to a {@code Blackhole} and the JIT cannot
 * drop the work as dead code. The render benchmark reads its input from a non-final field of the
 * state object, so the JIT cannot fold it to a constant either.
 *
 * <p>Parsing and linting are measured by {@link LintBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class DockerfileBenchmark {

  /** The built workload, input of {@link #renderOnly}; built once per trial. */
  private Dockerfile built;

  /** Builds the render input and checks that the workload has the size this benchmark claims. */
  @Setup
  public void setUp() {
    built = TenStageDockerfile.build();
    int instructions = 0;
    for (Stage stage : built.stages()) {
      instructions += stage.instructions().size();
    }
    if (built.stages().size() != TenStageDockerfile.STAGES || instructions != TenStageDockerfile.INSTRUCTIONS) {
      throw new IllegalStateException("workload has " + built.stages().size() + " stages and " + instructions
          + " instructions; expected " + TenStageDockerfile.STAGES + " and " + TenStageDockerfile.INSTRUCTIONS);
    }
    if (!TenStageDockerfile.build().equals(built) || !DockerfileWriter.render(built).equals(built.toString())) {
      throw new IllegalStateException("workload is not deterministic");
    }
  }

  /** Builds the Dockerfile through the DSL, including {@code Dockerfile.Builder.build()}'s checks. */
  @Benchmark
  public Dockerfile buildOnly() {
    return TenStageDockerfile.build();
  }

  /** As {@link #buildOnly}, but without walking the stack for each instruction's origin. */
  @Benchmark
  public Dockerfile buildOnlyWithoutOrigins() {
    return TenStageDockerfile.build(false);
  }

  /** Renders an already-built Dockerfile to text. */
  @Benchmark
  public String renderOnly() {
    return DockerfileWriter.render(built);
  }

  /** Builds and renders, as {@code System.out.print(dockerfile)} in user code does. */
  @Benchmark
  public String buildAndToString() {
    return TenStageDockerfile.build().toString();
  }
}
