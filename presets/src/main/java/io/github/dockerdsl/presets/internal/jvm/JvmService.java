package io.github.dockerdsl.presets.internal.jvm;

import io.github.dockerdsl.presets.JavaOptions;
import java.util.List;
import java.util.Optional;

/**
 * The port and the health endpoint of a JVM service, from its framework, its dependencies and its
 * default-profile {@link AppConfig}: Spring Boot actuator, Quarkus SmallRye Health, Micronaut
 * management. Where no endpoint is known there is no HEALTHCHECK, and the reason says why. Shared by
 * {@code dockerdsl init} and the Maven plugin, which word the overrides their own way ({@link Wording}). Not API.
 */
public final class JvmService {
  /** The framework that decides the defaults. */
  public enum Framework {
    SPRING_BOOT("Spring Boot"), QUARKUS("Quarkus"), MICRONAUT("Micronaut"), NONE("plain Java");

    private final String label;

    Framework(String label) {
      this.label = label;
    }

    /** The framework's name in evidence lines. */
    public String label() {
      return label;
    }
  }

  /**
   * What the user's flags or parameters override; empty means "detect".
   *
   * @param noHealthcheck whether the healthcheck is turned off
   */
  public record Overrides(Optional<Integer> port, Optional<String> healthPath, boolean noHealthcheck) {}

  private JvmService() {}

  /**
   * Sets the port and the healthcheck of {@code options} and says where each came from.
   *
   * @param healthDependency whether the framework's health module is a dependency (actuator, smallrye-health,
   *     micronaut-management)
   * @throws AppConfigException for a setting that is not a port, a random port, a placeholder without a default,
   *     and a plain Java application without a port override
   */
  public static void apply(Framework framework, boolean healthDependency, AppConfig config, Overrides flags,
      JavaOptions.Builder options, List<String> evidence) {
    Wording w = config.wording();
    int port = flags.port().orElseGet(() -> detectedPort(framework, config, evidence));
    if (flags.port().isPresent()) {
      evidence.add("port " + port + ": " + w.port());
    }
    options.port(port);
    if (flags.noHealthcheck()) {
      options.noHealthcheck("healthcheck turned off with " + w.noHealthcheck() + "; the orchestrator probes the service");
      evidence.add("no healthcheck: " + w.noHealthcheck());
      return;
    }
    Health health = switch (framework) {
      case SPRING_BOOT -> springBoot(healthDependency, config);
      case QUARKUS -> quarkus(healthDependency, config);
      case MICRONAUT -> micronaut(healthDependency, config);
      case NONE -> Health.none("a plain Java application has no health endpoint that " + w.tool() + " knows of");
    };
    Optional<Integer> healthPort = health.port().filter(p -> p != port);
    if (flags.healthPath().isPresent()) {
      options.healthcheckPath(flags.healthPath().get());
      healthPort.ifPresent(options::healthcheckPort);
      evidence.add("healthcheck http://127.0.0.1:" + healthPort.orElse(port) + flags.healthPath().get()
          + ": " + w.healthPath() + healthPort.map(p -> " on the management port " + p).orElse(""));
      return;
    }
    if (health.path().isEmpty()) {
      String reason = "no health endpoint known: " + health.reason() + "; " + w.verb() + " " + w.healthPath()
          + " to probe one";
      options.noHealthcheck(reason);
      evidence.add("no healthcheck: " + health.reason() + " (" + w.verb() + " " + w.healthPath() + " to probe one)");
      return;
    }
    options.healthcheckPath(health.path().get());
    healthPort.ifPresent(options::healthcheckPort);
    evidence.add("healthcheck http://127.0.0.1:" + healthPort.orElse(port) + health.path().get() + ": "
        + health.reason());
  }

  private static int detectedPort(Framework framework, AppConfig config, List<String> evidence) {
    Wording w = config.wording();
    String key = switch (framework) {
      case SPRING_BOOT -> "server.port";
      case QUARKUS -> "quarkus.http.port";
      case MICRONAUT -> "micronaut.server.port";
      case NONE -> throw new AppConfigException("cannot tell the port of a plain Java application (no Spring Boot, "
          + "Quarkus or Micronaut settings to read); " + w.verb() + " " + w.port() + w.nothingWritten());
    };
    Optional<Integer> set = config.port(key);
    if (set.isEmpty()) {
      evidence.add("port 8080: " + framework.label() + " default (no " + key + " in application.properties/yml)");
      return 8080;
    }
    if (set.get() <= 0) {
      throw new AppConfigException(config.source(key) + " picks a random port or none; " + w.verb() + " " + w.port()
          + w.nothingWritten());
    }
    evidence.add("port " + set.get() + ": " + config.source(key));
    return set.get();
  }

  /** A health endpoint (path and, when separate, port), or the reason there is none. */
  private record Health(Optional<String> path, Optional<Integer> port, String reason) {
    static Health none(String reason) {
      return new Health(Optional.empty(), Optional.empty(), reason);
    }

    static Health at(String path, Optional<Integer> port, String reason) {
      return new Health(Optional.of(path.replaceAll("/{2,}", "/")), port, reason);
    }
  }

  private static Health springBoot(boolean actuator, AppConfig config) {
    if (!actuator) {
      return Health.none("spring-boot-starter-actuator is not a dependency (with it, /actuator/health)");
    }
    Optional<Integer> managementPort = config.port("management.server.port");
    if (managementPort.isPresent() && managementPort.get() < 0) {
      return Health.none(config.source("management.server.port") + " turns the management endpoints off");
    }
    for (String off : List.of("management.endpoint.health.enabled", "management.endpoints.enabled-by-default")) {
      if (config.get(off).filter("false"::equalsIgnoreCase).isPresent()
          && config.get("management.endpoint.health.enabled").filter("true"::equalsIgnoreCase).isEmpty()) {
        return Health.none(config.source(off) + " turns the health endpoint off");
      }
    }
    if (config.get("management.endpoint.health.access").filter("none"::equalsIgnoreCase).isPresent()) {
      return Health.none(config.source("management.endpoint.health.access") + " turns the health endpoint off");
    }
    Optional<String> include = config.get("management.endpoints.web.exposure.include");
    if (include.isPresent() && !exposes(include.get())) {
      return Health.none(config.source("management.endpoints.web.exposure.include") + " does not expose health");
    }
    Optional<String> exclude = config.get("management.endpoints.web.exposure.exclude");
    if (exclude.isPresent() && exposes(exclude.get())) {
      return Health.none(config.source("management.endpoints.web.exposure.exclude") + " hides health");
    }
    StringBuilder why = new StringBuilder("spring-boot-starter-actuator");
    String prefix;
    if (managementPort.isPresent()) {
      why.append(", ").append(config.source("management.server.port"));
      prefix = setting(config, why, "management.server.base-path", "")
          + setting(config, why, "management.server.servlet.context-path", "");
    } else {
      prefix = setting(config, why, "server.servlet.context-path", "")
          + setting(config, why, "spring.mvc.servlet.path", "")
          + setting(config, why, "spring.webflux.base-path", "");
    }
    String base = setting(config, why, "management.endpoints.web.base-path", "/actuator");
    String name = setting(config, why, "management.endpoints.web.path-mapping.health", "health");
    return Health.at("/" + prefix + "/" + base + "/" + name, managementPort, why.toString());
  }

  private static boolean exposes(String list) {
    return List.of(list.split("\\s*,\\s*")).stream().anyMatch(e -> e.strip().equals("health") || e.strip().equals("*"));
  }

  private static Health quarkus(boolean smallryeHealth, AppConfig config) {
    if (!smallryeHealth) {
      return Health.none("quarkus-smallrye-health is not a dependency (with it, /q/health)");
    }
    StringBuilder why = new StringBuilder("quarkus-smallrye-health");
    String health = setting(config, why, "quarkus.smallrye-health.root-path", "health");
    if (config.get("quarkus.management.enabled").filter("true"::equalsIgnoreCase).isPresent()) {
      why.append(", ").append(config.source("quarkus.management.enabled"));
      int port = config.port("quarkus.management.port").orElse(9000);
      String root = setting(config, why, "quarkus.management.root-path", "q");
      return Health.at("/" + root + "/" + health, Optional.of(port), why.toString());
    }
    String root = setting(config, why, "quarkus.http.root-path", "/");
    String nonApplication = setting(config, why, "quarkus.http.non-application-root-path", "q");
    String path = health.startsWith("/") ? health
        : (nonApplication.startsWith("/") ? nonApplication : root + "/" + nonApplication) + "/" + health;
    return Health.at("/" + path, Optional.empty(), why.toString());
  }

  private static Health micronaut(boolean management, AppConfig config) {
    if (!management) {
      return Health.none("micronaut-management is not a dependency (with it, /health)");
    }
    if (config.get("endpoints.health.enabled").filter("false"::equalsIgnoreCase).isPresent()) {
      return Health.none(config.source("endpoints.health.enabled") + " turns the health endpoint off");
    }
    StringBuilder why = new StringBuilder("micronaut-management");
    Optional<Integer> port = config.port("endpoints.all.port");
    port.ifPresent(p -> why.append(", ").append(config.source("endpoints.all.port")));
    String prefix = setting(config, why, "endpoints.all.path", "/");
    return Health.at("/" + prefix + "/health", port, why.toString());
  }

  /** A path setting, or its default; a set one is added to the reasons. */
  private static String setting(AppConfig config, StringBuilder why, String key, String fallback) {
    Optional<String> value = config.get(key);
    value.ifPresent(v -> why.append(", ").append(config.source(key)));
    return value.orElse(fallback);
  }
}
