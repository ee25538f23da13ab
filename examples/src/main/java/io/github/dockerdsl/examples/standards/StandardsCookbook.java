package io.github.dockerdsl.examples.standards;

import io.github.dockerdsl.StageBody;
import io.github.dockerdsl.image.BaseImage;
import io.github.dockerdsl.image.Digest;
import io.github.dockerdsl.image.ImageRef;
import io.github.dockerdsl.instruction.Copy;
import io.github.dockerdsl.instruction.FileMode;
import io.github.dockerdsl.instruction.KeyValue;
import io.github.dockerdsl.presets.CommonOptions;
import io.github.dockerdsl.presets.Customization;
import io.github.dockerdsl.presets.ImageRole;
import io.github.dockerdsl.presets.NodeOptions;
import io.github.dockerdsl.presets.PresetHooks;
import io.github.dockerdsl.presets.RuntimeFile;
import io.github.dockerdsl.presets.Transforms;
import io.github.dockerdsl.rule.Policy;
import io.github.dockerdsl.rule.Rule;
import io.github.dockerdsl.rule.Rules;
import io.github.dockerdsl.rule.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The recipes of docs/company-standards.md, one constant or method per common case, between
 * {@code // docs:<name>} and {@code // docs:end} markers that the docs quote verbatim (checked by
 * {@code StandardsCookbookTest}, which also approves what each produces).
 */
public final class StandardsCookbook {
  private StandardsCookbook() {}

  /** A made-up digest: well-formed, not a real image. */
  private static final String DIGEST = "4f1c9a0e3b7d2c6a8e5f0b1d3c7a9e2f4b6d8a0c2e4f6b8d0a2c4e6f8b0d2a4c";

  // docs:mirror
  /** Every image a preset reads (FROM, COPY --from, mounts) comes from the mirror, pinned by the lock. */
  public static final Customization MIRROR_AND_PIN = Customization.builder()
      .transform(Transforms.rewriteRegistry(Optional.empty(), "registry.example.com/dockerhub"))
      .transform(Transforms.rewriteRegistry(Optional.of("gcr.io"), "registry.example.com/gcr"))
      .transform(Transforms.pinDigests(Map.of(
          "registry.example.com/dockerhub/library/node:20-bookworm-slim", Digest.sha256(DIGEST),
          "registry.example.com/dockerhub/library/golang:1.22-bookworm", Digest.sha256(DIGEST))))
      .build();
  // docs:end

  // docs:base-image
  /** One project's own runtime image, pinned, instead of the preset's (the hooks still see it). */
  public static CommonOptions ownRuntimeImage() {
    return CommonOptions.DEFAULTS.withBaseImage(ImageRole.RUNTIME,
        "registry.example.com/base/node-runtime:20-bookworm-slim@sha256:" + DIGEST);
  }
  // docs:end

  // docs:ca
  /** The company's root CA, trusted in every runtime image that has apt. */
  public static final PresetHooks CORPORATE_CA = new PresetHooks() {
    @Override
    public List<String> packages(ImageRole role, BaseImage base) {
      // installed in the preset's one package layer of the stage, with every other package
      return role == ImageRole.RUNTIME && hasApt(base) ? List.of("ca-certificates") : List.of();
    }

    @Override
    public void runtimeStage(StageBody stage) {
      // runs after the package install, before the preset's own setup: as root, with ca-certificates there
      if (hasApt(stage.base())) {
        stage.copy(Copy.of("certs/example-root-ca.crt", "/usr/local/share/ca-certificates/example-root-ca.crt")
            .withChmod(FileMode.of("0644")));
        stage.run("update-ca-certificates");
      }
    }
  };
  // docs:end

  /** Debian and Ubuntu images have apt; distroless, Alpine and scratch do not. */
  static boolean hasApt(BaseImage base) {
    return base instanceof ImageRef image && !image.repository().contains("distroless")
        && !image.tag().orElse("").contains("alpine");
  }

  // docs:labels
  /** The labels of one build: every OCI label has its own setter; CI passes the commit and the time. */
  public static CommonOptions buildLabels(String commit, String createdAt) {
    return CommonOptions.DEFAULTS.withTitle("shop").withDescription("The shop front end").withVersion("1.4.2")
        .withRevision(commit).withCreated(createdAt)
        .withSource("https://git.example.com/shop/shop").withDocumentation("https://docs.example.com/shop")
        .withLicenses("LicenseRef-Example-Proprietary");
  }

  /** The labels every image of the company carries, whatever the project sets. */
  public static final PresetHooks COMPANY_LABELS = new PresetHooks() {
    @Override
    public List<KeyValue> labels(List<KeyValue> proposed) {
      List<KeyValue> labels = new ArrayList<>();
      for (KeyValue label : proposed) {
        if (!label.key().equals("org.opencontainers.image.vendor")) {
          labels.add(label);
        }
      }
      labels.add(KeyValue.of("org.opencontainers.image.vendor", "Example Corp"));
      labels.add(KeyValue.of("com.example.cost-centre", "4711"));
      return labels;
    }
  };
  // docs:end

  // docs:packages
  /** Native modules need a compiler in the build stages; the runtime gets curl and tini as PID 1. */
  public static NodeOptions.Builder withPackages(NodeOptions.Builder options, CommonOptions common) {
    return options.tini().common(common
        .withBuildPackages("python3", "make", "g++")
        .withRuntimePackages("curl"));
  }
  // docs:end

  // docs:files
  /** A config file and ENV from the options; the static files where the app expects them, by a hook. */
  public static CommonOptions withConfig(CommonOptions common) {
    return common
        .withRuntimeFile(RuntimeFile.of("config/shop.json", "/etc/shop/shop.json").withMode("0444"))
        .withEnv("SHOP_CONFIG", "/etc/shop/shop.json");
  }

  /** After the application is copied, before USER: the place for {@code COPY public ./public}. */
  public static final PresetHooks PUBLIC_FILES = new PresetHooks() {
    @Override
    public void afterApplication(StageBody stage) {
      stage.copy(Copy.of("public", "./public"));
    }
  };
  // docs:end

  // docs:policy
  /** The company rules on top of the strict policy: images from the mirror only, with traceable labels. */
  public static final Policy POLICY = companyPolicy();

  private static Policy companyPolicy() {
    Rule mirrorOnly = Rules.allowedRegistries(List.of("registry.example.com"));
    Rule labels = Rules.labelSchema(Map.of(
        "org.opencontainers.image.source", "url",
        "org.opencontainers.image.revision", "git-hash",
        "org.opencontainers.image.created", "rfc3339"), false);
    return Policy.strict().named("example-strict")
        .withRule(mirrorOnly).withSeverity(mirrorOnly, Severity.ERROR)
        .withRule(labels).withSeverity(labels, Severity.ERROR);
  }
  // docs:end

  // docs:together
  /** Everything above as one value: {@code preset.with(StandardsCookbook.STANDARDS)}. */
  public static final Customization STANDARDS = MIRROR_AND_PIN
      .andThen(Customization.builder().hooks(CORPORATE_CA).hooks(COMPANY_LABELS).policy(POLICY).build());
  // docs:end
}
