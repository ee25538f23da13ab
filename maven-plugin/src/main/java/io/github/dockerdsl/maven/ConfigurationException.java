package io.github.dockerdsl.maven;

import org.apache.maven.plugin.MojoExecutionException;

/** A bad {@code <configuration>}: names the parameter, quotes the value and lists what is allowed. */
final class ConfigurationException extends MojoExecutionException {
  private static final long serialVersionUID = 1L;

  ConfigurationException(String message) {
    super("dockerdsl: " + message);
  }

  /** {@code parameter 'variant' is 'tiny'; allowed values: jre, distroless, jlink}. */
  static ConfigurationException notAllowed(String parameter, Object value, String allowed) {
    return new ConfigurationException("parameter '" + parameter + "' is '" + value + "'; allowed values: " + allowed);
  }
}
