package io.github.dockerdsl.maven;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/** What every goal shares: the project, and {@code skip}. */
abstract class AbstractDockerdslMojo extends AbstractMojo {
  /** The project the goal runs in; its model feeds the Java preset. */
  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  protected MavenProject project;

  /** Skips every dockerdsl goal, e.g. {@code -Ddockerdsl.skip} on a machine without Docker. */
  @Parameter(property = "dockerdsl.skip", defaultValue = "false")
  protected boolean skip;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("dockerdsl: skipped (dockerdsl.skip)");
      return;
    }
    run();
  }

  /** {@code file} relative to the project directory when it is inside it, for short log lines. */
  protected String shown(java.nio.file.Path file) {
    java.nio.file.Path abs = file.toAbsolutePath().normalize();
    java.nio.file.Path base = project.getBasedir().toPath().toAbsolutePath().normalize();
    return abs.startsWith(base) ? base.relativize(abs).toString().replace('\\', '/') : abs.toString();
  }

  /** The goal's work, when not skipped. */
  protected abstract void run() throws MojoExecutionException, MojoFailureException;
}
