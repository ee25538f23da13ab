package io.github.dockerdsl.mount;

import io.github.dockerdsl.instruction.FileMode;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code --mount=type=ssh}: the SSH agent passed with {@code docker build --ssh}, for private git
 * dependencies without copying keys.
 *
 * @param id the agent's id ({@code default} when empty)
 * @param target the socket path
 * @param required fail the build when the agent is not passed
 * @param mode the socket's mode (default 0600)
 * @param uid the socket's owner
 * @param gid the socket's group
 */
public record SshMount(Optional<String> id, Optional<String> target, boolean required, Optional<FileMode> mode,
    Optional<Integer> uid, Optional<Integer> gid) implements Mount {
  /** The default agent, optional. */
  public static final SshMount DEFAULT = new SshMount(Optional.empty(), Optional.empty(), false, Optional.empty(),
      Optional.empty(), Optional.empty());

  /** Checks every option. */
  public SshMount {
    if (Objects.requireNonNull(id, "id == null").isPresent()) {
      Mount.checkOption(id.get(), "id");
    }
    if (Objects.requireNonNull(target, "target == null").isPresent()) {
      Mount.checkTarget(target.get(), "ssh");
    }
    Objects.requireNonNull(mode, "mode == null");
    Mount.checkId(uid, "uid");
    Mount.checkId(gid, "gid");
  }

  /** A copy for the agent with this id. */
  public SshMount withId(String newId) {
    return new SshMount(Optional.of(newId), target, required, mode, uid, gid);
  }

  /** A copy with the socket at {@code path}. */
  public SshMount withTarget(String path) {
    return new SshMount(id, Optional.of(path), required, mode, uid, gid);
  }

  /** A copy that fails the build without the agent. */
  public SshMount withRequired() {
    return new SshMount(id, target, true, mode, uid, gid);
  }

  /** A copy owned by {@code uid:gid}. */
  public SshMount withOwner(int newUid, int newGid) {
    return new SshMount(id, target, required, mode, Optional.of(newUid), Optional.of(newGid));
  }

  @Override
  public Optional<String> targetPath() {
    return target;
  }
}
