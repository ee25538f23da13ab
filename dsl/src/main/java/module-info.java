/** dockerdsl: the Dockerfile model, its builders, the writer and the policy. No dependencies. */
module io.github.dockerdsl {
  exports io.github.dockerdsl;
  exports io.github.dockerdsl.ignore;
  exports io.github.dockerdsl.image;
  exports io.github.dockerdsl.instruction;
  exports io.github.dockerdsl.lint;
  exports io.github.dockerdsl.mount;
  exports io.github.dockerdsl.parse;
  exports io.github.dockerdsl.render;
  exports io.github.dockerdsl.rule;
}
