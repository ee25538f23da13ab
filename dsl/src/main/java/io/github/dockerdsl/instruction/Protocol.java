package io.github.dockerdsl.instruction;

/** The transport protocol of an exposed port. */
public enum Protocol {
  /** TCP, the default. */
  TCP,
  /** UDP. */
  UDP
}
