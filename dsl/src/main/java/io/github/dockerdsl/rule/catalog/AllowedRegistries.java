package io.github.dockerdsl.rule.catalog;

import io.github.dockerdsl.Stage;
import io.github.dockerdsl.image.ImageRef;
import io.github.dockerdsl.image.SourceRef;
import io.github.dockerdsl.instruction.Copy;
import io.github.dockerdsl.internal.Checks;
import io.github.dockerdsl.rule.RuleContext;
import io.github.dockerdsl.rule.Severity;
import io.github.dockerdsl.rule.ViolationSink;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * DF070: a company policy that images come only from registries it trusts (a mirror that scans them, a
 * private registry). Off until configured: {@code Policy.strict().withRule(AllowedRegistries.of(List.of(
 * "registry.acme.com", "docker.io")))}. Docker Hub images without a registry count as {@code docker.io}.
 */
public final class AllowedRegistries extends BaseRule {
  private final List<String> registries;

  private AllowedRegistries(List<String> registries) {
    super("DF070", "AllowedRegistries", Severity.ERROR,
        "Images come from the registries the policy allows (opt-in: configure the registries)",
        seeAlso(List.of("DL3026"), List.of(), List.of(), List.of()));
    this.registries = registries;
  }

  /**
   * The rule allowing exactly these registries: host names with an optional port ({@code ghcr.io},
   * {@code registry.acme.com:5000}), {@code docker.io} for Docker Hub, or {@code *.acme.com} for every
   * host under a domain. An empty list allows everything, which is how the catalogue lists the rule.
   */
  public static AllowedRegistries of(List<String> registries) {
    List<String> copy = Checks.immutableList(registries, "registries");
    for (String r : copy) {
      Checks.checkArgument(!r.isBlank() && r.equals(r.strip()) && !r.contains("/"),
          "allowed registry '%s' is not a host; give a host name such as ghcr.io or registry.acme.com:5000", r);
    }
    return new AllowedRegistries(copy.stream().map(r -> r.toLowerCase(Locale.ROOT)).toList());
  }

  /** The registries this rule allows; empty when it is not configured and allows everything. */
  public List<String> registries() {
    return registries;
  }

  @Override
  public void check(RuleContext context, ViolationSink sink) {
    if (registries.isEmpty()) {
      return;
    }
    List<Stage> stages = context.stages();
    for (int s = 0; s < stages.size(); s++) {
      if (stages.get(s).base() instanceof ImageRef image) {
        checkImage(context, image, s, -1, sink);
      }
      for (int i = 0; i < stages.get(s).instructions().size(); i++) {
        if (stages.get(s).instructions().get(i) instanceof Copy copy) {
          Optional<SourceRef> from = copy.from();
          if (from.isPresent() && from.get() instanceof ImageRef image) {
            checkImage(context, image, s, i, sink);
          }
        }
      }
    }
  }

  private void checkImage(RuleContext context, ImageRef written, int s, int i, ViolationSink sink) {
    ImageRef image = written;
    if (written.hasVariables()) {
      Optional<String> expanded = Variables.expandGlobals(context.dockerfile(), written.toString());
      if (expanded.isEmpty()) {
        return;
      }
      try {
        image = ImageRef.parse(expanded.get());
      } catch (IllegalArgumentException e) {
        return;
      }
    }
    String registry = registryOf(image);
    if (!allowed(registry)) {
      sink.report(s, i, message(written, registry), fix(image));
    }
  }

  /** The registry of an image, {@code docker.io} for Docker Hub. */
  static String registryOf(ImageRef image) {
    String r = image.registry().orElse("docker.io").toLowerCase(Locale.ROOT);
    return r.equals("index.docker.io") || r.equals("registry-1.docker.io") ? "docker.io" : r;
  }

  private boolean allowed(String registry) {
    for (String r : registries) {
      if (r.equals(registry) || r.startsWith("*.") && registry.endsWith(r.substring(1))) {
        return true;
      }
    }
    return false;
  }

  private String message(ImageRef image, String registry) {
    return "image '" + image + "' comes from " + registry + ", which is not an allowed registry ("
        + String.join(", ", registries) + ")";
  }

  private String fix(ImageRef image) {
    return "pull it through an allowed registry, e.g. '" + registries.get(0).replace("*.", "mirror.") + "/"
        + image.repository() + image.tag().map(t -> ":" + t).orElse("") + "'";
  }
}
