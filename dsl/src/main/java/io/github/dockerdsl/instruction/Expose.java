package io.github.dockerdsl.instruction;

import io.github.dockerdsl.internal.Checks;
import io.github.dockerdsl.render.DockerfileWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * EXPOSE: documents the ports the container listens on.
 *
 * @param ports one or more distinct ports
 */
public record Expose(List<Port> ports) implements Instruction {
  /** Checks there is at least one port and no duplicate. */
  public Expose {
    ports = Checks.immutableList(ports, "ports");
    Checks.checkArgument(!ports.isEmpty(), "EXPOSE has no ports; give at least one");
    Set<Port> seen = new HashSet<>();
    for (Port p : ports) {
      Checks.checkArgument(seen.add(p), "EXPOSE port '%s' appears twice; list it once", p);
    }
  }

  /** EXPOSE of these ports. */
  public static Expose of(Port... ports) {
    return new Expose(List.of(ports));
  }

  @Override
  public String keyword() {
    return "EXPOSE";
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visitExpose(this);
  }

  @Override
  public String toString() {
    return DockerfileWriter.render(this);
  }
}
