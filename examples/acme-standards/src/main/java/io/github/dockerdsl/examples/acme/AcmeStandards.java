package io.github.dockerdsl.examples.acme;

import io.github.dockerdsl.StageBody;
import io.github.dockerdsl.image.BaseImage;
import io.github.dockerdsl.image.Digest;
import io.github.dockerdsl.image.ImageRef;
import io.github.dockerdsl.instruction.Copy;
import io.github.dockerdsl.instruction.FileMode;
import io.github.dockerdsl.instruction.KeyValue;
import io.github.dockerdsl.presets.Customization;
import io.github.dockerdsl.presets.ImageRole;
import io.github.dockerdsl.presets.PresetHooks;
import io.github.dockerdsl.presets.Transforms;
import io.github.dockerdsl.rule.Policy;
import io.github.dockerdsl.rule.Rules;
import io.github.dockerdsl.rule.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * ACME Corp's container standards as one {@link Customization}, applied to any preset without
 * copying it: {@code NodePreset.of(options).with(AcmeStandards.CUSTOMIZATION).toDockerfile()}.
 *
 * <p>It moves base images to ACME's mirror and pins them by digest from a committed lock file,
 * adds the mandatory labels, trusts the corporate CA in Debian-based runtime images, and checks the
 * result against the stricter {@code acme-strict} policy with the company rule {@link InternalRegistryOnly}.
 */
public final class AcmeStandards {
  private AcmeStandards() {}

  /** Label every ACME image carries: the team that owns it. */
  public static final String TEAM_LABEL = "com.acme.team";

  /** The lock file of base-image digests, on the class path. */
  static final String LOCK_RESOURCE = "/acme/base-images.lock";

  /** The corporate root CA; the file lives in each project's build context. */
  static final String CA_FILE = "acme-root-ca.crt";

  // docs-snippet-start
  /** The policy ACME builds must pass: strict, pinned images are errors, secrets stay out of ARG/ENV. */
  public static final Policy POLICY = Policy.strict().named("acme-strict")
      .withSeverity(Rules.PINNED_BASE_IMAGE, Severity.ERROR)
      .unsuppressible(Rules.SECRETS_IN_ARG_OR_ENV)
      .withRule(new InternalRegistryOnly());

  /** ACME's standards: apply with {@code preset.with(AcmeStandards.CUSTOMIZATION)}. */
  public static final Customization CUSTOMIZATION = Customization.builder()
      .hooks(new AcmeHooks())
      // Docker Hub images, then gcr.io (distroless), come from the mirror ...
      .transform(Transforms.rewriteRegistry(Optional.empty(), "registry.acme.internal/dockerhub"))
      .transform(Transforms.rewriteRegistry(Optional.of("gcr.io"), "registry.acme.internal/gcr"))
      // ... pinned to the digests of the committed lock; an image missing from it fails the build
      .transform(Transforms.pinDigests(readLock(LOCK_RESOURCE)))
      .policy(POLICY)
      .build();

  /** The hooks: mandatory labels, and the corporate CA in the runtime stage. */
  private static final class AcmeHooks implements PresetHooks {
    @Override
    public List<KeyValue> labels(List<KeyValue> proposed) {
      List<KeyValue> labels = new ArrayList<>();
      for (KeyValue label : proposed) {
        if (!label.key().equals("org.opencontainers.image.vendor") && !label.key().equals(TEAM_LABEL)) {
          labels.add(label);
        }
      }
      labels.add(KeyValue.of("org.opencontainers.image.vendor", "ACME Corp"));
      labels.add(KeyValue.of(TEAM_LABEL, "platform"));
      return labels;
    }

    @Override
    public List<String> packages(ImageRole role, BaseImage base) {
      // slim images (node, debian) lack ca-certificates; it goes into the stage's one install layer
      return role == ImageRole.RUNTIME && isDebianBased(base) ? List.of("ca-certificates") : List.of();
    }

    @Override
    public void runtimeStage(StageBody stage) {
      // Only Debian-family images have a shell, apt and update-ca-certificates; distroless, alpine
      // and scratch runtimes are left alone (see docs/company-standards.md).
      if (isDebianBased(stage.base())) {
        // the last instruction is the stage's package install, where packages() put ca-certificates
        stage.suppress(Rules.PIN_PACKAGE_VERSIONS, "ca-certificates must follow the distribution's security updates");
        stage.copy(Copy.of(CA_FILE, "/usr/local/share/ca-certificates/" + CA_FILE).withChmod(FileMode.of("0644")));
        stage.run("update-ca-certificates");
      }
    }
  }
  // docs-snippet-end

  /** True when a stage's base ({@link StageBody#base()}) is a Debian or Ubuntu image with a shell. */
  static boolean isDebianBased(BaseImage base) {
    return base instanceof ImageRef image
        && !image.repository().contains("distroless") && !image.tag().orElse("").contains("alpine");
  }

  /** Reads the lock resource. */
  static Map<String, Digest> readLock(String resource) {
    try (InputStream in = AcmeStandards.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("lock file '" + resource + "' is not on the class path; commit it under "
            + "src/main/resources");
      }
      return parseLock(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lock file '" + resource + "'", e);
    }
  }

  /**
   * Parses a lock: one {@code <image without digest> <sha256:...>} per line, {@code #} comments.
   *
   * @throws IllegalArgumentException naming the line when it is not an image and a digest
   */
  static Map<String, Digest> parseLock(String text) {
    Map<String, Digest> lock = new LinkedHashMap<>();
    for (String line : text.split("\n")) {
      String content = line.replaceFirst("#.*", "").strip();
      if (content.isEmpty()) {
        continue;
      }
      String[] parts = content.split("\\s+");
      if (parts.length != 2) {
        throw new IllegalArgumentException(String.format(
            "lock line '%s' is not an image and a digest; write e.g. "
                + "registry.acme.internal/dockerhub/library/node:20 sha256:<64 hex>", line));
      }
      lock.put(ImageRef.parse(parts[0]).toString(), Digest.parse(parts[1]));
    }
    return Map.copyOf(lock);
  }
}
