package io.github.dockerdsl.presets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dockerdsl.Dockerfile;
import io.github.dockerdsl.Stage;
import io.github.dockerdsl.image.Scratch;
import io.github.dockerdsl.parse.DockerfileParser;
import io.github.dockerdsl.rule.Policy;
import java.time.Duration;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.junit.jupiter.api.Test;

class HealthProbeTest {
  private static final Options DOCKERFILE = new Options().forFile().withExtension(".Dockerfile");

  /** The probe stage and its use in a scratch runtime, as a user reads them. */
  @Test
  void probe_stage_copied_into_scratch() {
    Stage probe = HealthProbe.stage(HealthProbe.DEFAULT_GO_IMAGE);
    Stage runtime = Stage.from(Scratch.SCRATCH).as("runtime")
        .copy(HealthProbe.copyFrom(probe))
        .user("10001:10001")
        .healthcheck(HealthProbe.healthcheck(8080, "/actuator/health", Duration.ofSeconds(20)))
        .entrypoint("/app")
        .build();
    Dockerfile df = Dockerfile.builder().stage(probe).stage(runtime).build(Policy.none());
    // what we render is what we read back: the Go source survives the writer and the parser
    assertThat(DockerfileParser.parse(df.toString()).dockerfile().toString()).isEqualTo(df.toString());
    Approvals.verify(df.toString(), DOCKERFILE);
  }

  @Test
  void refuses_a_relative_health_path() {
    assertThatThrownBy(() -> HealthProbe.healthcheck(8080, "health", Duration.ofSeconds(5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("health path 'health' is not an absolute URL path; pass one such as '/health' or '/actuator/health'");
  }

  @Test
  void refuses_a_port_out_of_range() {
    assertThatThrownBy(() -> HealthProbe.healthcheck(0, "/health", Duration.ofSeconds(5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("health probe port 0 is out of range; pass a port between 1 and 65535");
  }
}
