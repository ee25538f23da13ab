package io.github.dockerdsl.presets;

import io.github.dockerdsl.Dockerfile;
import io.github.dockerdsl.StageBody;
import io.github.dockerdsl.ignore.DockerIgnore;
import io.github.dockerdsl.image.ImageRef;

import io.github.dockerdsl.instruction.Command;
import io.github.dockerdsl.instruction.Copy;
import io.github.dockerdsl.instruction.Instruction;
import io.github.dockerdsl.instruction.KeyValue;
import io.github.dockerdsl.instruction.Env;
import io.github.dockerdsl.instruction.Label;
import io.github.dockerdsl.instruction.PackageInstall;
import io.github.dockerdsl.rule.Policy;
import io.github.dockerdsl.rule.Rules;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;


/** What every preset does the same way: labels, users, the ignore file's common part, and finishing. */
final class PresetSupport {
  private PresetSupport() {}

  /** The reason written when options turn the healthcheck off. */
  static final String NO_HEALTHCHECK_BY_OPTION =
      "healthcheck turned off in the preset options; the orchestrator probes the service";

  /** The reason written where a builder stage installs distribution packages without versions. */
  static final String BUILDER_PACKAGES_UNPINNED =
      "builder-only tools from the base image's distribution; pinned versions vanish from its mirror";

  /** The reason written where a runtime stage installs tini without a version. */
  static final String TINI_UNPINNED =
      "tini from the base image's distribution, so it follows the distribution's security updates";

  /** Throws {@link IllegalArgumentException} with a formatted message unless {@code condition}. */
  static void checkArgument(boolean condition, String format, Object... args) {
    if (!condition) {
      throw new IllegalArgumentException(String.format(format, args));
    }
  }

  /** Checks the output against the customization's policy after applying its transforms. */
  static Dockerfile finish(Dockerfile.Builder builder, CommonOptions common, Customization customization) {
    builder.targetSyntax(common.targetSyntax());
    if (common.syntaxDirective()) {
      builder.declareRequiredSyntax();
    }
    Dockerfile result = builder.build(Policy.none());
    for (DockerfileTransform t : customization.transforms()) {
      result = t.apply(result);
    }
    return result.toBuilder().build(customization.policy().orElseGet(Policy::strict));
  }

  /** The base image of a role: the options' choice over the preset's proposal, then the hooks'. */
  static ImageRef baseImage(ImageRole role, ImageRef proposed, CommonOptions common, PresetHooks hooks) {
    return hooks.baseImage(role, common.baseImage(role).orElse(proposed));
  }

  /**
   * Installs, in one RUN right where it is called, the preset's own packages for this stage, the
   * options' packages of the role and those every hook requests, each once, with the options' choice of
   * clean-up or cache mounts.
   *
   * @param manager the package manager of the stage's image; empty for images without one
   * @param own the preset's own packages
   * @param waiver why the preset's own packages are unpinned, written as the waiver of DF039
   * @throws IllegalArgumentException when packages are asked for on an image without a package manager
   */
  static void packages(StageBody stage, ImageRole role, Optional<PackageInstall.Manager> manager, List<String> own,
      Optional<String> waiver, CommonOptions common, PresetHooks hooks) {
    LinkedHashSet<String> all = new LinkedHashSet<>(own);
    all.addAll(common.packages(role));
    all.addAll(hooks.packages(role, stage.base()));
    if (all.isEmpty()) {
      return;
    }
    if (manager.isEmpty()) {
      throw new IllegalArgumentException(String.format(
          "%s packages %s (from the options or a hook's packages()) cannot be installed in the %s stage FROM %s: it has "
              + "no package manager; use a variant with one, or copy the files from a build stage in afterApplication",
          role.name().toLowerCase(java.util.Locale.ROOT), new ArrayList<>(all),
          role.name().toLowerCase(java.util.Locale.ROOT), stage.base()));
    }
    PackageInstall install = PackageInstall.of(manager.get(), new ArrayList<>(all));
    stage.run((common.packageCacheMounts() ? install.withCacheMounts() : install).toRun());
    if (!own.isEmpty() && waiver.isPresent()) {
      stage.suppress(Rules.PIN_PACKAGE_VERSIONS, waiver.get());
    }
  }

  /**
   * What the runtime stage gets after the application: the options' files (root's unless they name an
   * owner), the options' ENV, then the {@code afterApplication} hook, all before USER.
   */
  static void afterApplication(StageBody runtime, CommonOptions common, PresetHooks hooks, boolean link) {
    for (RuntimeFile file : common.runtimeFiles()) {
      runtime.copy(linked(file.toCopy(), link));
    }
    if (!common.env().isEmpty()) {
      runtime.instruction(new Env(common.env()));
    }
    hooks.afterApplication(runtime);
  }

  /** The copy with {@code --link} when the target frontend supports it, so it survives base-image changes. */
  static Copy linked(Copy copy, boolean link) {
    return link ? copy.withLink() : copy;
  }

  /** The OCI labels after the hooks, as one LABEL, when there are any. */
  static void labels(StageBody stage, CommonOptions common, PresetHooks hooks) {
    List<KeyValue> labels = hooks.labels(common.ociLabels());
    if (!labels.isEmpty()) {
      stage.instruction(new Label(labels));
    }
  }

  /** Creates a system user and group with fixed ids on a Debian-based image. */
  static void debianUser(StageBody stage, String name, int uid, int gid) {
    stage.run(Command.allOf("groupadd --system --gid " + gid + " " + name,
        "useradd --system --uid " + uid + " --gid " + name + " --no-create-home --shell /usr/sbin/nologin " + name));
  }

  /** Creates a system user and group with fixed ids on an Alpine-based image. */
  static void alpineUser(StageBody stage, String name, int uid, int gid) {
    stage.run(Command.allOf("addgroup -S -g " + gid + " " + name,
        "adduser -S -D -H -u " + uid + " -G " + name + " -s /sbin/nologin " + name));
  }

  /** The entries every project wants out of its build context, as a builder to add the language's own. */
  static DockerIgnore.Builder universalIgnore() {
    return DockerIgnore.builder().include(DockerIgnore.universal());
  }

}
