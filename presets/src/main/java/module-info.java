/** dockerdsl presets: complete multi-stage Dockerfiles for Node, Python, Go and Java. */
// "module": the qualified export below names the cli, which depends on this module and so is not
// observable when it compiles (javac would warn "module not found")
@SuppressWarnings("module")
module io.github.dockerdsl.presets {
  requires transitive io.github.dockerdsl;

  exports io.github.dockerdsl.presets;
  // not API: the application settings and the JVM port/health derivation that init and the Maven plugin
  // share. The plugin runs on the class path (it has no module-info), where this descriptor is not read.
  exports io.github.dockerdsl.presets.internal.jvm to io.github.dockerdsl.cli;

  // company standards jars (CompanyStandards.available), on the class path or the module path
  uses io.github.dockerdsl.presets.CompanyStandards;
}
