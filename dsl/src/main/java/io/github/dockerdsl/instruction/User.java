package io.github.dockerdsl.instruction;

import io.github.dockerdsl.render.DockerfileWriter;
import java.util.Objects;

/**
 * USER: who later instructions and the container run as.
 *
 * @param user the user and optional group
 */
public record User(UserSpec user) implements Instruction {
  /** Checks for null. */
  public User {
    Objects.requireNonNull(user, "user == null");
  }

  /** USER by name or id, with an optional {@code :group}. */
  public static User of(String user) {
    return new User(UserSpec.parse(user));
  }

  @Override
  public String keyword() {
    return "USER";
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visitUser(this);
  }

  @Override
  public String toString() {
    return DockerfileWriter.render(this);
  }
}
