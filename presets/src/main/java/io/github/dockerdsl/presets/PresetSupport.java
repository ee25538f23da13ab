package io.github.dockerdsl.presets;

import io.github.dockerdsl.Dockerfile;
import io.github.dockerdsl.StageBody;
import io.github.dockerdsl.ignore.DockerIgnore;

import io.github.dockerdsl.instruction.Command;
import io.github.dockerdsl.instruction.Copy;
import io.github.dockerdsl.instruction.Instruction;
import io.github.dockerdsl.instruction.KeyValue;
import io.github.dockerdsl.instruction.Label;
import io.github.dockerdsl.rule.Policy;
import java.util.List;


/** What every preset does the same way: labels, users, the ignore file's common part, and finishing. */
final class PresetSupport {
  private PresetSupport() {}

  /** The reason written when options turn the healthcheck off. */
  static final String NO_HEALTHCHECK_BY_OPTION =
      "healthcheck turned off in the preset options; the orchestrator probes the service";

  /** The reason written where a builder stage installs distribution packages without versions. */
  static final String BUILDER_PACKAGES_UNPINNED =
      "builder-only tools from the base image's distribution; pinned versions vanish from its mirror";

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

  /** The entries every project wants out of its build context. */
  static DockerIgnore.Builder universalIgnore() {
    return DockerIgnore.builder()
        .section("Version control").exclude(".git", ".gitignore", ".gitattributes", ".hg", ".svn")
        .section("Secrets: pass them with --secret, never in the context")
        .exclude(".env", ".env.*", "**/*.pem", "**/*.key", "**/id_rsa*", "**/id_ed25519*", ".npmrc", ".pypirc",
            ".netrc", ".aws", ".ssh", ".docker")
        .section("Editors and operating systems").exclude(".idea", ".vscode", "*.iml", "**/*.swp", "**/.DS_Store")
        .section("Logs").exclude("**/*.log", "logs")
        .section("Docker files").exclude("Dockerfile*", ".dockerignore", "docker-compose*.yml", "compose*.yaml");
  }

  /**
   * Refuses an ignore file that hides a file the Dockerfile copies from the build context.
   *
   * @throws IllegalStateException naming the file and the instruction
   */
  static DockerIgnore checkNotIgnored(Dockerfile dockerfile, DockerIgnore ignore) {
    for (var stage : dockerfile.stages()) {
      for (Instruction i : stage.instructions()) {
        if (i instanceof Copy && ((Copy) i).from().isEmpty()) {
          for (String source : ((Copy) i).sources()) {
            if (!source.equals(".") && !source.contains("*") && ignore.isIgnored(source)) {
              throw new IllegalStateException(String.format(
                  ".dockerignore excludes '%s', which %s copies (%s); remove the pattern or add an exception",
                  source, stage.describe(), i));
            }
          }
        }
      }
    }
    return ignore;
  }

}
