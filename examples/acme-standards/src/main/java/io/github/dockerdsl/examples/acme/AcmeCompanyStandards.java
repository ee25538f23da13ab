package io.github.dockerdsl.examples.acme;

import io.github.dockerdsl.presets.CompanyStandards;
import io.github.dockerdsl.presets.Customization;
import io.github.dockerdsl.rule.Rule;
import java.util.List;

/**
 * {@link AcmeStandards} as {@code acme}, the standards {@code dockerdsl init --standards acme},
 * {@code dockerdsl lint --standards acme} and the Maven plugin's {@code <standards>acme</standards>}
 * find with {@link java.util.ServiceLoader} in this jar.
 */
public final class AcmeCompanyStandards implements CompanyStandards {
  /** ServiceLoader creates the standards with this constructor. */
  public AcmeCompanyStandards() {}

  @Override
  public String name() {
    return "acme";
  }

  @Override
  public String summary() {
    return "ACME Corp: mirrored and digest-pinned base images, ACME labels, the corporate CA, policy acme-strict";
  }

  @Override
  public Customization customization() {
    return AcmeStandards.CUSTOMIZATION;
  }

  @Override
  public List<Rule> rules() {
    return List.of(new InternalRegistryOnly());
  }
}
