/** dockerdsl presets: complete multi-stage Dockerfiles for Node, Python, Go and Java. */
module io.github.dockerdsl.presets {
  requires transitive io.github.dockerdsl;

  exports io.github.dockerdsl.presets;

  // company standards jars (CompanyStandards.available), on the class path or the module path
  uses io.github.dockerdsl.presets.CompanyStandards;
}
