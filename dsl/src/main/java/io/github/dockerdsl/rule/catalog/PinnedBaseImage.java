package io.github.dockerdsl.rule.catalog;

import io.github.dockerdsl.Stage;
import io.github.dockerdsl.image.ImageRef;
import io.github.dockerdsl.image.SourceRef;
import io.github.dockerdsl.instruction.Copy;
import io.github.dockerdsl.instruction.Instruction;
import io.github.dockerdsl.instruction.Run;
import io.github.dockerdsl.mount.BindMount;
import io.github.dockerdsl.mount.CacheMount;
import io.github.dockerdsl.mount.Mount;
import io.github.dockerdsl.rule.RuleContext;
import io.github.dockerdsl.rule.Severity;
import io.github.dockerdsl.rule.ViolationSink;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * DF001: an image without a version tag or digest changes under you, whether FROM names it or
 * {@code COPY --from=<image>} and {@code RUN --mount=from=<image>} read files out of it.
 */
public final class PinnedBaseImage extends BaseRule {
  /** Creates the rule; use {@code Rules.PINNED_BASE_IMAGE}. */
  public PinnedBaseImage() {
    super("DF001", "PinnedBaseImage", Severity.ERROR,
        "Images in FROM, COPY --from and RUN --mount from= name a version tag other than latest, or a digest",
        seeAlso(List.of("DL3006", "DL3007"), List.of(), List.of("DS-0001"), List.of("CKV_DOCKER_7")));
  }

  @Override
  public void check(RuleContext context, ViolationSink sink) {
    List<Stage> stages = context.stages();
    for (int i = 0; i < stages.size(); i++) {
      if (stages.get(i).base() instanceof ImageRef image) {
        check(context, new Use(image, "base image", "FROM "), i, -1, sink);
      }
    }
    InstructionWalk walk = InstructionWalk.of(context);
    for (int k = 0; k < walk.size(); k++) {
      int s = walk.stage(k);
      int i = walk.index(k);
      Instruction instruction = walk.instruction(k);
      List<Use> uses = uses(instruction);
      for (int u = 0; u < uses.size(); u++) {
        check(context, uses.get(u), s, i, sink);
      }
    }
  }

  /** An image read by an instruction, how the message names it, and what precedes it in Dockerfile text. */
  private record Use(ImageRef image, String what, String written) {}

  private static List<Use> uses(Instruction instruction) {
    if (instruction instanceof Copy copy && copy.from().orElse(null) instanceof ImageRef image) {
      return List.of(new Use(image, "image", "COPY --from="));
    }
    if (instruction instanceof Run run && !run.mounts().isEmpty()) {
      List<Use> out = new ArrayList<>();
      for (Mount mount : run.mounts()) {
        ImageRef image = from(mount);
        if (image != null) {
          out.add(new Use(image, "mounted image", "RUN --mount=...,from="));
        }
      }
      return out;
    }
    return List.of();
  }

  /** The image a bind or cache mount reads, or null: no Optional chain with lambdas, it runs per mount. */
  private static ImageRef from(Mount mount) {
    Optional<SourceRef> from = mount instanceof BindMount bind ? bind.from()
        : mount instanceof CacheMount cache ? cache.from() : Optional.empty();
    return from.isPresent() && from.get() instanceof ImageRef image ? image : null;
  }

  private static void check(RuleContext context, Use use, int stage, int index, ViolationSink sink) {
    ImageRef image = use.image();
    String what = use.what();
    Optional<ImageRef> resolved = Optional.of(image);
    if (Variables.mayHoldVariable(image) && image.hasVariables()) { // no method reference on a lint's path
      Optional<String> expanded = Variables.expandGlobals(context.dockerfile(), image.toString());
      resolved = expanded.isPresent() ? Optional.ofNullable(parseOrNull(expanded.get())) : Optional.empty();
    }
    if (resolved.isEmpty()) {
      sink.report(stage, index, unresolved(what, image), fix(context, use, index < 0));
    } else if (!resolved.get().isPinned()) {
      sink.report(stage, index, message(what, image, resolved.get()), fix(context, use, index < 0));
    }
  }

  private static ImageRef parseOrNull(String text) {
    try {
      return ImageRef.parse(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static String message(String what, ImageRef written, ImageRef resolved) {
    String shown = written.equals(resolved) ? "'" + written + "'" : "'" + written + "' (resolves to '" + resolved + "')";
    return resolved.tag().isEmpty()
        ? what + " " + shown + " has no tag, so it means 'latest' and changes without notice"
        : what + " " + shown + " uses the mutable tag 'latest'";
  }

  static String unresolved(String what, ImageRef image) {
    return what + " '" + image + "' depends on a build arg without a default, so the image is not pinned";
  }

  /** The fix keeps the whole reference, registry included: dropping it would pull a Docker Hub namesake. */
  private static String fix(RuleContext context, Use use, boolean base) {
    String pinned = use.image().nameWithRegistry() + ":<version>@sha256:<64 hex>";
    String java = base ? "Stage.from(\"" + pinned + "\")" : "ImageRef.parse(\"" + pinned + "\")";
    String text = use.written() + pinned;
    return "pin a version tag, and a digest for immutability, e.g. " + Fixes.pick(context, java, text);
  }
}
