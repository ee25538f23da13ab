package io.github.dockerdsl.rule.catalog;

import io.github.dockerdsl.Stage;
import io.github.dockerdsl.image.ImageRef;
import io.github.dockerdsl.rule.RuleContext;
import io.github.dockerdsl.rule.Severity;
import io.github.dockerdsl.rule.ViolationSink;
import java.util.List;
import java.util.Optional;

/** DF001: a base image without a version tag or digest changes under you. */
public final class PinnedBaseImage extends BaseRule {
  /** Creates the rule; use {@code Rules.PINNED_BASE_IMAGE}. */
  public PinnedBaseImage() {
    super("DF001", "PinnedBaseImage", Severity.ERROR,
        "Base images name a version tag other than latest, or a digest",
        seeAlso(List.of("DL3006", "DL3007"), List.of(), List.of("DS-0001"), List.of("CKV_DOCKER_7")));
  }

  @Override
  public void check(RuleContext context, ViolationSink sink) {
    List<Stage> stages = context.stages();
    for (int i = 0; i < stages.size(); i++) {
      if (!(stages.get(i).base() instanceof ImageRef)) {
        continue;
      }
      ImageRef image = (ImageRef) stages.get(i).base();
      Optional<ImageRef> resolved = image.hasVariables()
          ? Variables.expandGlobals(context.dockerfile(), image.toString()).map(PinnedBaseImage::parseOrNull)
          : Optional.of(image);
      if (resolved.isEmpty()) {
        sink.report(i, -1, unresolved(image), fix(image));
      } else if (!resolved.get().isPinned()) {
        sink.report(i, -1, message(image, resolved.get()), fix(image));
      }
    }
  }

  private static ImageRef parseOrNull(String text) {
    try {
      return ImageRef.parse(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static String message(ImageRef written, ImageRef resolved) {
    String shown = written.equals(resolved) ? "'" + written + "'" : "'" + written + "' (resolves to '" + resolved + "')";
    return resolved.tag().isEmpty()
        ? "base image " + shown + " has no tag, so it means 'latest' and changes without notice"
        : "base image " + shown + " uses the mutable tag 'latest'";
  }

  static String unresolved(ImageRef image) {
    return "base image '" + image + "' depends on a build arg without a default, so the image is not pinned";
  }

  static String fix(ImageRef image) {
    return "pin a version tag, and a digest for immutability, e.g. Stage.from(\"" + image.repository()
        + ":<version>@sha256:<64 hex>\")";
  }
}
