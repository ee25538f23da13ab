/**
 * ACME Corp's container standards as a module: the {@code CompanyStandards} that dockerdsl's tools
 * find by the name {@code acme}.
 */
module io.github.dockerdsl.examples.acme {
  requires transitive io.github.dockerdsl.presets;

  exports io.github.dockerdsl.examples.acme;

  // on the module path; META-INF/services lists the same class for the class path
  provides io.github.dockerdsl.presets.CompanyStandards with io.github.dockerdsl.examples.acme.AcmeCompanyStandards;
}
