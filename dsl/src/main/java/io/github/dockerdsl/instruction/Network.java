package io.github.dockerdsl.instruction;

/** {@code RUN --network}: the network a RUN may use (syntax 1.3). */
public enum Network {
  /** The normal build network. */
  DEFAULT,
  /** No network at all: proves a step is offline. */
  NONE,
  /** The host's network; needs the network.host entitlement. */
  HOST
}
