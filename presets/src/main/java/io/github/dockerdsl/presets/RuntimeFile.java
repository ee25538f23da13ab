package io.github.dockerdsl.presets;

import io.github.dockerdsl.instruction.Copy;
import io.github.dockerdsl.instruction.FileMode;
import io.github.dockerdsl.instruction.UserSpec;
import java.util.Objects;
import java.util.Optional;

/**
 * A file or directory of the build context that a preset copies into its runtime image after the
 * application, such as a config file or {@code public/}: the everyday addition that needs no hook.
 * Owned by root unless told otherwise, like the application's own files, so the app cannot rewrite it.
 *
 * <pre>{@code
 * CommonOptions.DEFAULTS.withRuntimeFile(RuntimeFile.of("config/app.yaml", "/etc/app/app.yaml").withMode("0444"))
 * // COPY --chmod=0444 config/app.yaml /etc/app/app.yaml
 * }</pre>
 *
 * @param source the path in the build context, relative, such as {@code config/app.yaml} or {@code public}
 * @param destination the absolute path in the image, such as {@code /etc/app/app.yaml} or {@code /app/public}
 * @param owner the owner ({@code --chown}); root when empty
 * @param mode the permissions ({@code --chmod}, octal); the context's when empty
 */
public record RuntimeFile(String source, String destination, Optional<UserSpec> owner, Optional<FileMode> mode) {
  /** Checks the paths: a relative context path without {@code ..}, an absolute destination. */
  public RuntimeFile {
    PresetSupport.checkArgument(source != null && source.matches("[A-Za-z0-9_.@][A-Za-z0-9_./@+-]*")
            && !source.matches("(.*/)?\\.\\.(/.*)?") && !source.equals("."),
        "runtime file source '%s' is not a relative path in the build context; use e.g. config/app.yaml", source);
    PresetSupport.checkArgument(destination != null && destination.matches("/[A-Za-z0-9_.@][A-Za-z0-9_./@+-]*/?")
            && !destination.matches(".*/\\.\\.(/.*)?"),
        "runtime file destination '%s' is not an absolute path; use e.g. /etc/app/app.yaml or /app/public/",
        destination);
    Objects.requireNonNull(owner, "owner == null");
    Objects.requireNonNull(mode, "mode == null");
  }

  /** Copies {@code source} from the build context to {@code destination}, owned by root. */
  public static RuntimeFile of(String source, String destination) {
    return new RuntimeFile(source, destination, Optional.empty(), Optional.empty());
  }

  /** A copy owned by {@code user}, e.g. {@code UserSpec.ids(10001, 10001)} for a file the app rewrites. */
  public RuntimeFile ownedBy(UserSpec user) {
    return new RuntimeFile(source, destination, Optional.of(Objects.requireNonNull(user, "user == null")), mode);
  }

  /** A copy with octal permissions such as {@code 0444}. */
  public RuntimeFile withMode(String octal) {
    return new RuntimeFile(source, destination, owner, Optional.of(FileMode.of(octal)));
  }

  /** The COPY instruction, before {@code --link}. */
  Copy toCopy() {
    Copy copy = Copy.of(source, destination);
    if (owner.isPresent()) {
      copy = copy.withChown(owner.get());
    }
    return mode.isPresent() ? copy.withChmod(mode.get()) : copy;
  }
}
