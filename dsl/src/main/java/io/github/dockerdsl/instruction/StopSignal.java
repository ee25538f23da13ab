package io.github.dockerdsl.instruction;

import io.github.dockerdsl.render.DockerfileWriter;
import java.util.Objects;

/**
 * STOPSIGNAL: the signal {@code docker stop} sends, for programs that stop gracefully on another one.
 *
 * @param signal the signal
 */
public record StopSignal(Signal signal) implements Instruction {
  /** Checks for null. */
  public StopSignal {
    Objects.requireNonNull(signal, "signal == null");
  }

  /** STOPSIGNAL of this signal. */
  public static StopSignal of(Signal signal) {
    return new StopSignal(signal);
  }

  @Override
  public String keyword() {
    return "STOPSIGNAL";
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visitStopSignal(this);
  }

  @Override
  public String toString() {
    return DockerfileWriter.render(this);
  }
}
