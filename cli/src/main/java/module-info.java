/** The dockerdsl command line. Not an API: nothing is exported. */
module io.github.dockerdsl.cli {
  requires io.github.dockerdsl;
  requires io.github.dockerdsl.presets;
  requires io.github.dockerdsl.codegen;
  requires java.compiler;
  requires info.picocli;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.toml;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires java.xml;

  opens io.github.dockerdsl.cli to info.picocli;

  // company rules from --rules-jar, found with ServiceLoader
  uses io.github.dockerdsl.rule.Rule;
}
