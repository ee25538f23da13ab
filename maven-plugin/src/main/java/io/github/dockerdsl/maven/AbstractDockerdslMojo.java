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

  /** The goal's work, when not skipped. */
  protected abstract void run() throws MojoExecutionException, MojoFailureException;
}
