package io.github.dockerdsl.instruction;

/** {@code RUN --security}: the sandbox of a RUN (syntax 1.20). */
public enum Security {
  /** The default sandbox. */
  SANDBOX,
  /** No sandbox; needs the security.insecure entitlement. */
  INSECURE
}
