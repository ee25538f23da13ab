package io.github.dockerdsl.render.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * "No string can inject anything", judged by BuildKit's own parser: for every string entry point
 * of dsl, seeded hostile strings are refused or render text in which BuildKit reads exactly the
 * model's directives, stages, instructions, flags, values and heredocs; and our own parser reads
 * every rendered input back as the same model.
 *
 * <p>Needs {@code buildkit-parse} ({@code bash ../shared/tools/buildkit-parse/build.sh}; found at
 * {@code -Ddockerdsl.buildkitParse=PATH} or {@code ~/.cache/dockerdsl/buildkit-parse}) and skips
 * without it. {@code -Dbuildkit.inputs=N} (default 100000), {@code -Dbuildkit.seed=S}, and
 * {@code -Dbuildkit.replay='<entry point>@<case seed>'} to replay one printed finding verbosely.
 */
@Tag("buildkit")
class BuildKitOracleTest {
  private static final long SEED = Long.getLong("buildkit.seed", 20261201L);
  private static final long INPUTS = Long.getLong("buildkit.inputs", 100_000L);
  private static final String REPLAY = System.getProperty("buildkit.replay", "");

  @Test
  void buildkit_reads_exactly_the_model_for_every_rendered_input() {
    Optional<Path> binary = BuildKitOracle.locate();
    if (Boolean.getBoolean(BuildKitOracle.PROPERTY + ".required")) {
      assertThat(binary).as("BuildKit's parser at %s (required by -D%s.required=true)",
          BuildKitOracle.whereItLooks(), BuildKitOracle.PROPERTY).isPresent();
    }
    assumeTrue(binary.isPresent(), () -> "skipped: BuildKit's parser (buildkit-parse) is not at "
        + BuildKitOracle.whereItLooks() + "; build it with 'bash ../shared/tools/buildkit-parse/build.sh' or pass "
        + "-D" + BuildKitOracle.PROPERTY + "=PATH");
    OracleFuzz.Result result = OracleFuzz.run(binary.get(), SEED, INPUTS, REPLAY, System.out);
    String summary = result.summary(SEED, EntryPoints.all().size());
    System.out.println(summary);
    result.findings().forEach(f -> System.out.println("FINDING " + f));
    result.roundTrips().forEach(f -> System.out.println("ROUNDTRIP " + f));
    assertThat(result.findingCount())
        .as("%s; the first findings are printed above, each with the -Dbuildkit.replay that shows it again:%n%s",
            summary, result.findings().isEmpty() ? "" : result.findings().get(0))
        .isZero();
    // our own parser must read every rendered input back as the model it came from: parse(render(x)) == x
    assertThat(result.roundTripCount())
        .as("%s; the first round-trip mismatches are printed above, each with the -Dbuildkit.replay that shows it "
            + "again:%n%s", summary, result.roundTrips().isEmpty() ? "" : String.join("\n", result.roundTrips()
            .subList(0, Math.min(2, result.roundTrips().size()))))
        .isZero();
    if (REPLAY.isBlank()) {
      assertThat(result.rendered()).as("inputs rendered").isGreaterThan(result.tried() / 10);
    }
  }
}
