package io.github.dockerdsl;

import io.github.dockerdsl.ignore.DockerIgnore;
import io.github.dockerdsl.internal.Checks;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Code that makes a project's Dockerfile, named in a build script (the Maven plugin's
 * {@code <provider>}) so a company's standards, a preset with its {@code Customization}, run in every
 * build. It lives in {@code dsl} because a provider only returns {@code dsl} types: a project that
 * implements one depends on nothing it does not already use. Implementations need a public no-argument
 * constructor.
 */
public interface DockerfileProvider {
  /** The Dockerfile for {@code project}. */
  Dockerfile dockerfile(Project project);

  /** The {@code .dockerignore} for {@code project}; none is written when empty (the default). */
  default Optional<DockerIgnore> dockerIgnore(Project project) {
    return Optional.empty();
  }

  /**
   * What the build tool knows about the project, so one provider serves many projects.
   *
   * @param directory the project's base directory
   * @param groupId the group, such as {@code com.acme.payments}
   * @param artifactId the artifact, such as {@code payments-api}
   * @param version the version, such as {@code 1.4.0-SNAPSHOT}
   * @param finalName the built jar's name without {@code .jar}, such as {@code payments-api-1.4.0-SNAPSHOT}
   * @param properties the build's properties (POM {@code <properties>}), for switches a provider reads
   */
  record Project(Path directory, String groupId, String artifactId, String version, String finalName,
      Map<String, String> properties) {
    /** Checks that nothing is missing and copies the properties. */
    public Project {
      Checks.requireNonNull(directory, "directory");
      Checks.requireNonNull(groupId, "groupId");
      Checks.requireNonNull(artifactId, "artifactId");
      Checks.requireNonNull(version, "version");
      Checks.requireNonNull(finalName, "finalName");
      properties = Map.copyOf(Checks.requireNonNull(properties, "properties"));
    }
  }
}
