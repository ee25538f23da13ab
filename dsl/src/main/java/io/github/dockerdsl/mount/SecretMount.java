package io.github.dockerdsl.mount;

import io.github.dockerdsl.internal.Ascii;
import io.github.dockerdsl.instruction.FileMode;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code --mount=type=secret}: a secret passed with {@code docker build --secret}, visible to one
 * RUN only and never stored in a layer. The right home for tokens, {@code .npmrc} and {@code settings.xml}.
 *
 * @param id the secret's id; when empty, BuildKit derives it from the target's file name
 * @param target the file path; {@code /run/secrets/<id>} when empty
 * @param env an environment variable that receives the secret (syntax 1.10)
 * @param required fail the build when the secret is not passed
 * @param mode the file's mode (default 0400)
 * @param uid the file's owner
 * @param gid the file's group
 */
public record SecretMount(Optional<String> id, Optional<String> target, Optional<String> env, boolean required,
    Optional<FileMode> mode, Optional<Integer> uid, Optional<Integer> gid) implements Mount {
  /** Checks every option. */
  public SecretMount {
    if (Objects.requireNonNull(id, "id == null").isPresent()) {
      Mount.checkOption(id.get(), "id");
    }
    if (Objects.requireNonNull(target, "target == null").isPresent()) {
      Mount.checkTarget(target.get(), "secret");
    }
    if (Objects.requireNonNull(env, "env == null").isPresent() && !Ascii.isName(env.get())) {
      throw new IllegalArgumentException(String.format(
          "secret mount env '%s' is not a variable name; names match [A-Za-z_][A-Za-z0-9_]*",
          io.github.dockerdsl.internal.Quoting.visible(env.get())));
    }
    Objects.requireNonNull(mode, "mode == null");
    Mount.checkId(uid, "uid");
    Mount.checkId(gid, "gid");
    if (id.isEmpty() && target.isEmpty()) {
      throw new IllegalArgumentException("secret mount has neither id nor target; give it an id");
    }
  }

  /** The secret {@code id}, mounted at {@code /run/secrets/<id>}. */
  public static SecretMount of(String id) {
    return new SecretMount(Optional.of(id), Optional.empty(), Optional.empty(), false, Optional.empty(),
        Optional.empty(), Optional.empty());
  }

  /** A copy mounted at {@code path}, e.g. {@code /root/.npmrc}. */
  public SecretMount withTarget(String path) {
    return new SecretMount(id, Optional.of(path), env, required, mode, uid, gid);
  }

  /** A copy that also sets the environment variable {@code name} to the secret's value. */
  public SecretMount withEnv(String name) {
    return new SecretMount(id, target, Optional.of(name), required, mode, uid, gid);
  }

  /** A copy that fails the build when the secret is missing. */
  public SecretMount withRequired() {
    return new SecretMount(id, target, env, true, mode, uid, gid);
  }

  /** A copy with the file's mode. */
  public SecretMount withMode(FileMode newMode) {
    return new SecretMount(id, target, env, required, Optional.of(newMode), uid, gid);
  }

  /** A copy owned by {@code uid:gid}, for a non-root RUN. */
  public SecretMount withOwner(int newUid, int newGid) {
    return new SecretMount(id, target, env, required, mode, Optional.of(newUid), Optional.of(newGid));
  }

  @Override
  public Optional<String> targetPath() {
    return target;
  }

}
