package io.github.dockerdsl.presets;

import io.github.dockerdsl.rule.Policy;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A company's standards as one value: hooks into the preset, transforms of its output, and the
 * policy it must pass. Customizations compose in order with {@link #andThen}.
 *
 * @param hooks called at the preset's extension points
 * @param transforms applied to the built Dockerfile, in order
 * @param policy the policy to check against; the strict policy when empty
 */
public record Customization(PresetHooks hooks, List<DockerfileTransform> transforms, Optional<Policy> policy) {
  /** A customization that changes nothing. */
  public static final Customization NONE = new Customization(PresetHooks.NONE, List.of(), Optional.empty());

  /** Copies the transforms. */
  public Customization {
    Objects.requireNonNull(hooks, "hooks == null");
    transforms = List.copyOf(transforms);
    Objects.requireNonNull(policy, "policy == null");
  }

  /** Starts an empty customization. */
  public static Builder builder() {
    return new Builder();
  }

  /** This customization, then {@code next}: hooks chained, transforms appended, the later policy wins. */
  public Customization andThen(Customization next) {
    Objects.requireNonNull(next, "next == null");
    List<DockerfileTransform> all = new ArrayList<>(transforms);
    all.addAll(next.transforms);
    return new Customization(PresetHooks.compose(hooks, next.hooks), all,
        next.policy.isPresent() ? next.policy : policy);
  }

  /** Collects the parts of a customization. */
  public static final class Builder {
    private PresetHooks hooks = PresetHooks.NONE;
    private final List<DockerfileTransform> transforms = new ArrayList<>();
    private Optional<Policy> policy = Optional.empty();

    private Builder() {}

    /** Adds hooks, after those already added. */
    public Builder hooks(PresetHooks more) {
      hooks = PresetHooks.compose(hooks, more);
      return this;
    }

    /** Adds a transform, after those already added. */
    public Builder transform(DockerfileTransform transform) {
      transforms.add(Objects.requireNonNull(transform, "transform == null"));
      return this;
    }

    /** Sets the policy the output must pass. */
    public Builder policy(Policy value) {
      policy = Optional.of(Objects.requireNonNull(value, "value == null"));
      return this;
    }

    /** The customization. */
    public Customization build() {
      return new Customization(hooks, transforms, policy);
    }
  }
}
