package io.github.dockerdsl.maven;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.RepositoryUtils;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.resolver.filter.CumulativeScopeArtifactFilter;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.DefaultDependencyResolutionRequest;
import org.apache.maven.project.DependencyResolutionException;
import org.apache.maven.project.DependencyResolutionResult;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.ProjectDependenciesResolver;
import org.eclipse.aether.graph.DependencyFilter;

/**
 * Resolves a project's compile class path when, and only when, a provider class is loaded from it.
 * The generating goals declare no dependency resolution, as a preset needs only the model: at the
 * root of an aggregator Maven would otherwise resolve every module's dependencies, and complain about
 * the modules not built yet, just to write a Dockerfile.
 */
final class ProjectDependencies {
  private static final Set<String> COMPILE_SCOPES = Set.of("compile", "provided", "system", "");

  private ProjectDependencies() {}

  /**
   * Resolves the compile, provided and system dependencies of {@code project} and sets them on it, as
   * Maven does for a goal that requires compile resolution, so its compile class path holds them.
   */
  static void resolveCompileScope(MavenProject project, MavenSession session, ProjectDependenciesResolver resolver,
      String provider) throws MojoExecutionException {
    DefaultDependencyResolutionRequest request =
        new DefaultDependencyResolutionRequest(project, session.getRepositorySession());
    DependencyFilter compile = (node, parents) -> node.getDependency() == null
        || COMPILE_SCOPES.contains(node.getDependency().getScope());
    request.setResolutionFilter(compile);
    DependencyResolutionResult result;
    try {
      result = resolver.resolve(request);
    } catch (DependencyResolutionException e) {
      throw new MojoExecutionException("dockerdsl: cannot resolve the dependencies of " + project.getArtifactId()
          + ", the class path of provider " + provider + ": " + e.getMessage(), e);
    }
    Set<Artifact> artifacts = new LinkedHashSet<>();
    if (result.getDependencyGraph() != null) {
      RepositoryUtils.toArtifacts(artifacts, result.getDependencyGraph().getChildren(),
          List.of(project.getArtifact().getId()), compile);
    }
    project.setResolvedArtifacts(artifacts);
    project.setArtifactFilter(new CumulativeScopeArtifactFilter(List.of("compile")));
  }
}
