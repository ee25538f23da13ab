package io.github.dockerdsl.maven;

import java.io.File;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.ProjectDependenciesResolver;

/**
 * The configuration of {@code generate} and {@code check}, which must agree on what would be written:
 * where the files go, and where the Dockerfile comes from (a preset with options, or a provider class).
 */
abstract class GeneratingMojo extends AbstractDockerdslMojo {
  /** Where {@code Dockerfile} and {@code .dockerignore} are written. */
  @Parameter(property = "dockerdsl.outputDirectory", defaultValue = "${project.basedir}")
  protected File outputDirectory;

  /** The preset that writes the Dockerfile: {@code java}, {@code node}, {@code python} or {@code go}. */
  @Parameter(property = "dockerdsl.preset")
  protected String preset;

  /**
   * A class implementing {@code io.github.dockerdsl.DockerfileProvider}, from the project's classes (run
   * after {@code compile}) or from a dependency of the plugin; instead of {@code preset}.
   */
  @Parameter(property = "dockerdsl.provider")
  protected String provider;

  /**
   * The port the application listens on (default: for java, a Spring Boot, Quarkus or Micronaut module's
   * {@code server.port}, {@code quarkus.http.port} or {@code micronaut.server.port} from its {@code application.yml|yaml|properties}, else 8080; 3000 for node, 8000
   * for python). Wins over the application's settings.
   */
  @Parameter(property = "dockerdsl.port")
  protected Integer port;

  /**
   * The runtime image family: java {@code jre}, {@code distroless} or {@code jlink}; node and python
   * {@code slim}, {@code alpine} or {@code distroless}; go {@code scratch} or {@code distroless}.
   */
  @Parameter(property = "dockerdsl.variant")
  protected String variant;

  /**
   * The HTTP path the HEALTHCHECK probes; {@code none} for no HEALTHCHECK. Default: for java, the framework's
   * health endpoint where the application's settings put it ({@code /actuator/health}, {@code /q/health}, moved by
   * context and base paths, on the management port if one is set), {@code /health} otherwise. Wins over the
   * application's settings.
   */
  @Parameter(property = "dockerdsl.healthPath")
  protected String healthPath;

  /**
   * The Java feature release for the java preset (default: {@code maven.compiler.release}, then
   * {@code maven.compiler.target}, then {@code java.version}, then 17).
   */
  @Parameter(property = "dockerdsl.javaVersion")
  protected Integer javaVersion;

  /**
   * At the root of a multi-module build, the module the java preset builds: its directory as listed in
   * {@code <modules>} (such as {@code app} or {@code services/api}) or its artifactId. Not needed when
   * exactly one module has the Spring Boot or Quarkus plugin: that one is picked, and the log says so.
   */
  @Parameter(property = "dockerdsl.module")
  protected String module;

  /** The Node.js, Python or Go version for those presets, such as {@code 20}, {@code 3.12} or {@code 1.22}. */
  @Parameter(property = "dockerdsl.runtimeVersion")
  protected String runtimeVersion;

  /** Extra labels on the image, such as {@code <com.acme.team>payments</com.acme.team>}. */
  @Parameter
  protected Map<String, String> labels = new LinkedHashMap<>();

  /**
   * The builder the Dockerfile must build on: {@code latest} (default), {@code engine-20.10} (Docker
   * Engine 20.10's built-in builder: no {@code # syntax=}, no {@code COPY --link}), or a frontend
   * version such as {@code 1.4}.
   */
  @Parameter(property = "dockerdsl.target", defaultValue = "latest")
  protected String target;

  /**
   * Company standards applied to the preset, such as {@code acme}: found by name among the plugin's
   * {@code <dependencies>} (a jar with a {@code CompanyStandards}); none by default.
   */
  @Parameter(property = "dockerdsl.standards")
  protected String standards;

  /** Whether to write {@code .dockerignore} beside the Dockerfile. */
  @Parameter(property = "dockerdsl.dockerIgnore", defaultValue = "true")
  protected boolean dockerIgnore;

  /** The build, whose repository session resolves a provider's class path. */
  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  protected MavenSession session;

  /** Resolves a provider's class path on demand (see {@link ProjectDependencies}). */
  @Component
  protected ProjectDependenciesResolver dependenciesResolver;

  /** What would be written, with the generated-by headers. */
  protected Generated generated() throws MojoExecutionException {
    if (provider != null && !provider.isBlank() && (preset == null || preset.isBlank())) {
      ProjectDependencies.resolveCompileScope(project, session, dependenciesResolver, provider.strip());
    }
    PresetConfig config = new PresetConfig(preset, provider, port, variant, healthPath, javaVersion, runtimeVersion,
        labels == null ? Map.of() : labels, target, module);
    ClassLoader plugin = getClass().getClassLoader();
    return Generator.generate(project, config, StandardsLookup.find(standards, plugin), dockerIgnore, plugin);
  }
}
