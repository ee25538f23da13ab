/** dockerdsl codegen: turns a Dockerfile into the dockerdsl Java code that writes it. */
module io.github.dockerdsl.codegen {
  requires transitive io.github.dockerdsl;
  requires transitive com.palantir.javapoet;
  requires java.compiler;

  exports io.github.dockerdsl.codegen;
}
