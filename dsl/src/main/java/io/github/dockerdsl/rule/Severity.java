package io.github.dockerdsl.rule;

/** How much a finding matters: errors stop {@code build()}, warnings are kept on the Dockerfile. */
public enum Severity {
  /** Refuses the Dockerfile unless suppressed with a reason. */
  ERROR,
  /** Reported on {@code Dockerfile.findings()}; the Dockerfile is still built. */
  WARNING,
  /** Advice only. */
  INFO
}
