package io.github.dockerdsl.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The workflow docs/ci.md shows is valid YAML and runs the steps the page promises. */
class CiWorkflowTest {
  private static final Path WORKFLOW = Path.of("ci/github-actions.yml");

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> steps() throws IOException {
    Map<Object, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(WORKFLOW));
    // YAML 1.1 reads the key `on` as the boolean true; GitHub reads it as "on", as every workflow writes it
    assertThat(root).containsKeys("name", true, "jobs");
    Map<String, Object> job = (Map<String, Object>) ((Map<String, Object>) root.get("jobs")).get("image");
    assertThat(job).containsEntry("runs-on", "ubuntu-latest");
    return (List<Map<String, Object>>) job.get("steps");
  }

  @Test
  void the_workflow_is_valid_yaml_with_check_lint_sarif_scan_and_push_in_that_order() throws IOException {
    List<Map<String, Object>> steps = steps();
    String runs = steps.stream().map(s -> String.valueOf(s.getOrDefault("run", s.get("uses"))))
        .collect(Collectors.joining("\n"));
    assertThat(runs).containsSubsequence("./mvnw -B dockerdsl:check dockerdsl:lint",
        "github/codeql-action/upload-sarif@v3", "docker/build-push-action@v6", "aquasecurity/trivy-action@",
        "docker/login-action@v3", "docker/build-push-action@v6");
  }

  @Test
  @SuppressWarnings("unchecked")
  void trivy_fails_on_critical_and_high_and_sarif_comes_from_the_lint_goal() throws IOException {
    Map<String, Object> trivy = steps().stream()
        .filter(s -> String.valueOf(s.get("uses")).startsWith("aquasecurity/trivy-action")).findFirst().orElseThrow();
    assertThat((Map<String, Object>) trivy.get("with")).containsEntry("severity", "CRITICAL,HIGH")
        .containsEntry("exit-code", "1");
    Map<String, Object> upload = steps().stream()
        .filter(s -> String.valueOf(s.get("uses")).startsWith("github/codeql-action/upload-sarif")).findFirst()
        .orElseThrow();
    assertThat((Map<String, Object>) upload.get("with")).containsEntry("sarif_file", "target/dockerdsl/lint.sarif");
  }
}
