package io.github.dockerdsl.examples.acme;

import io.github.dockerdsl.Stage;
import io.github.dockerdsl.image.ImageRef;
import io.github.dockerdsl.rule.Rule;
import io.github.dockerdsl.rule.RuleContext;
import io.github.dockerdsl.rule.RuleId;
import io.github.dockerdsl.rule.Severity;
import io.github.dockerdsl.rule.ViolationSink;
import java.net.URI;
import java.util.List;

/**
 * ACME001: every FROM image comes from ACME's internal registry, where images are mirrored, scanned
 * and kept. A company rule is an ordinary {@link Rule}: a pure function over the model, added to a
 * policy with {@code Policy.withRule}.
 */
public final class InternalRegistryOnly implements Rule {
  /** The only registry ACME builds may pull base images from. */
  public static final String REGISTRY = "registry.acme.internal";

  private static final RuleId ID = RuleId.of("ACME001", "InternalRegistryOnly");

  @Override
  public RuleId id() {
    return ID;
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String summary() {
    return "Base images come from " + REGISTRY + ", ACME's scanned mirror";
  }

  @Override
  public java.util.Optional<URI> documentation() {
    return java.util.Optional.of(URI.create("https://wiki.acme.internal/docker/rules/ACME001"));
  }

  @Override
  public void check(RuleContext context, ViolationSink sink) {
    List<Stage> stages = context.stages();
    for (int i = 0; i < stages.size(); i++) {
      // FROM scratch and FROM <earlier stage> pull nothing, so only image references are checked
      if (stages.get(i).base() instanceof ImageRef) {
        ImageRef image = (ImageRef) stages.get(i).base();
        if (!image.registry().equals(java.util.Optional.of(REGISTRY))) {
          // say the fix in the terms of the input: Java for the builder, Dockerfile text for dockerdsl lint
          String fix = context.source().isPresent()
              ? "pull it through the mirror, e.g. FROM " + mirrored(image)
              : "pull it through the mirror, e.g. Stage.from(\"" + mirrored(image)
                  + "\"), or apply AcmeStandards.CUSTOMIZATION, which rewrites and pins base images";
          sink.report(i, -1, "base image '" + image + "' does not come from " + REGISTRY, fix);
        }
      }
    }
  }

  /** Where the mirror keeps an image: Docker Hub under {@code dockerhub/}, other registries under their host's first label. */
  static String mirrored(ImageRef image) {
    String registry = image.registry().orElse("docker.io");
    String repository = image.repository();
    String prefix;
    if (registry.equals("docker.io")) {
      prefix = "dockerhub/" + (repository.contains("/") ? "" : "library/");
    } else {
      prefix = registry.split("\\.")[0] + "/";
    }
    return REGISTRY + "/" + prefix + repository + image.tag().map(t -> ":" + t).orElse("");
  }

  @Override
  public String toString() {
    return ID.toString();
  }
}
