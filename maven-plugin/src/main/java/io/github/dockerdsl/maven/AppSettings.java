package io.github.dockerdsl.maven;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.dockerdsl.presets.JavaOptions;
import io.github.dockerdsl.presets.internal.jvm.AppConfig;
import io.github.dockerdsl.presets.internal.jvm.AppConfigException;
import io.github.dockerdsl.presets.internal.jvm.JvmService;
import io.github.dockerdsl.presets.internal.jvm.JvmService.Framework;
import io.github.dockerdsl.presets.internal.jvm.Wording;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.project.MavenProject;

/**
 * The port and the health endpoint of a Spring Boot, Quarkus or Micronaut application module, read from its
 * {@code src/main/resources/application.yml|yaml|properties} by the same code as {@code dockerdsl init}
 * ({@code presets.internal.jvm}); the plugin adds only the YAML parser (Jackson, as the cli) and its wording.
 */
final class AppSettings {
  /** How the plugin names its parameters in what the shared detection says. */
  private static final Wording WORDING = new Wording("<port>", "<healthPath>", "<healthPath>none</healthPath>",
      "set", "", "; fix it", "the plugin");

  private AppSettings() {}

  /**
   * Sets the port and the healthcheck of {@code options} from the module's settings, the parameters winning.
   *
   * @param context the project whose directory the Dockerfile builds from; the files are named relative to it
   * @param where the application module's directory relative to {@code context}, with a trailing {@code /}, or empty
   * @throws ConfigurationException naming the file, the key, the value and the parameter that fixes it
   */
  static void apply(Framework framework, boolean healthDependency, MavenProject context, String where,
      JavaFacts.Parameters parameters, JavaOptions.Builder options, List<String> evidence)
      throws ConfigurationException {
    Path base = context.getBasedir().toPath();
    try {
      String moduleDir = where.isEmpty() ? "" : where.substring(0, where.length() - 1);
      AppConfig config = AppConfig.read(name -> read(base, name), moduleDir,
          text -> new YAMLMapper().readerFor(Object.class).readValues(text).readAll(), WORDING);
      boolean none = "none".equals(parameters.healthPath());
      Optional<String> healthPath = Optional.ofNullable(parameters.healthPath()).filter(p -> !none);
      JvmService.apply(framework, healthDependency, config,
          new JvmService.Overrides(Optional.ofNullable(parameters.port()), healthPath, none), options, evidence);
    } catch (AppConfigException e) {
      throw new ConfigurationException(e.getMessage());
    }
  }

  private static Optional<String> read(Path base, String name) {
    Path file = base.resolve(name);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new AppConfigException("cannot read " + name + ": " + e + "; fix it or set <port> and <healthPath>", e);
    }
  }
}
