package io.github.dockerdsl.rule;

import java.util.List;

/**
 * The same check in other linters, so teams moving from them can map their configuration.
 *
 * @param hadolint ids such as DL3007
 * @param buildkit BuildKit check names such as SecretsUsedInArgOrEnv
 * @param trivy Trivy ids such as DS-0001
 * @param checkov Checkov ids such as CKV_DOCKER_3
 */
public record SeeAlso(List<String> hadolint, List<String> buildkit, List<String> trivy, List<String> checkov) {
  /** No siblings. */
  public static final SeeAlso NONE = new SeeAlso(List.of(), List.of(), List.of(), List.of());

  /** Copies the lists. */
  public SeeAlso {
    hadolint = List.copyOf(hadolint);
    buildkit = List.copyOf(buildkit);
    trivy = List.copyOf(trivy);
    checkov = List.copyOf(checkov);
  }

  /** Siblings from all four linters. */
  public static SeeAlso of(List<String> hadolint, List<String> buildkit, List<String> trivy, List<String> checkov) {
    return new SeeAlso(hadolint, buildkit, trivy, checkov);
  }

  /** Every sibling id, in the order hadolint, BuildKit, Trivy, Checkov. */
  public List<String> all() {
    return java.util.stream.Stream.of(hadolint, buildkit, trivy, checkov).flatMap(List::stream)
        .collect(java.util.stream.Collectors.toList());
  }
}
