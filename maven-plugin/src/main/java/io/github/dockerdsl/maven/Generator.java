package io.github.dockerdsl.maven;

import io.github.dockerdsl.Dockerfile;
import io.github.dockerdsl.DockerfileProvider;
import io.github.dockerdsl.SyntaxVersion;
import io.github.dockerdsl.ignore.DockerIgnore;
import io.github.dockerdsl.instruction.KeyValue;
import io.github.dockerdsl.presets.CommonOptions;
import io.github.dockerdsl.presets.CompanyStandards;
import io.github.dockerdsl.presets.Customization;
import io.github.dockerdsl.presets.GoOptions;
import io.github.dockerdsl.presets.GoPreset;
import io.github.dockerdsl.presets.JavaOptions;
import io.github.dockerdsl.presets.JavaPreset;
import io.github.dockerdsl.presets.NodeOptions;
import io.github.dockerdsl.presets.NodePreset;
import io.github.dockerdsl.presets.Preset;
import io.github.dockerdsl.presets.PythonOptions;
import io.github.dockerdsl.presets.PythonPreset;
import io.github.dockerdsl.presets.Transforms;
import io.github.dockerdsl.render.GeneratedFiles;
import io.github.dockerdsl.rule.PolicyViolationException;
import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;

/** Turns the configuration into the generated texts: a configured preset, or the provider class. */
final class Generator {
  private Generator() {}

  static Generated generate(MavenProject project, PresetConfig config, boolean withIgnore, ClassLoader plugin)
      throws MojoExecutionException {
    return generate(project, config, Optional.empty(), withIgnore, plugin);
  }

  /** As above, with company standards applied to the preset (parameter {@code standards}). */
  static Generated generate(MavenProject project, PresetConfig config, Optional<CompanyStandards> standards,
      boolean withIgnore, ClassLoader plugin) throws MojoExecutionException {
    boolean hasPreset = config.preset() != null && !config.preset().isBlank();
    boolean hasProvider = config.provider() != null && !config.provider().isBlank();
    if (hasPreset == hasProvider) {
      throw new ConfigurationException(hasPreset
          ? "parameters 'preset' ('" + config.preset() + "') and 'provider' ('" + config.provider()
              + "') are both set; set one: a preset configured in the POM, or your own DockerfileProvider class"
          : "neither 'preset' nor 'provider' is set; add <preset>java</preset> (or node, python, go) or "
              + "<provider>com.example.MyDockerfile</provider> to the plugin's <configuration>");
    }
    try {
      if (hasProvider && standards.isPresent()) {
        throw new ConfigurationException("parameter 'standards' ('" + standards.get().name() + "') applies to presets; "
            + "provider " + config.provider().strip() + " applies standards in its own code: "
            + "preset.with(standards.asCustomization())");
      }
      return hasPreset ? fromPreset(project, config, standards, withIgnore)
          : fromProvider(project, config, withIgnore, plugin);
    } catch (PolicyViolationException e) {
      throw new MojoExecutionException("dockerdsl: the generated Dockerfile breaks the policy:\n" + e.getMessage(), e);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new ConfigurationException(e.getMessage());
    }
  }

  private static Generated fromPreset(MavenProject project, PresetConfig c, Optional<CompanyStandards> standards,
      boolean withIgnore) throws MojoExecutionException {
    String name = c.preset().strip().toLowerCase(Locale.ROOT);
    List<String> evidence = new ArrayList<>();
    Function<CommonOptions, CommonOptions> common = commonOptions(c);
    Preset preset = switch (name) {
      case "java" -> java(project, c, common, evidence);
      case "node" -> node(c, common);
      case "python" -> python(c, common);
      case "go" -> go(c, common);
      default -> throw ConfigurationException.notAllowed("preset", c.preset(), PresetConfig.PRESETS);
    };
    if (!c.labels().isEmpty()) {
      List<KeyValue> labels = new ArrayList<>();
      c.labels().forEach((k, v) -> labels.add(KeyValue.of(k, v == null ? "" : v)));
      preset = preset.with(Customization.builder().transform(Transforms.addLabels(labels)).build());
    }
    String source = "preset " + name;
    if (standards.isPresent()) {
      preset = preset.with(standards.get().asCustomization());
      source += ", standards " + standards.get().name();
    }
    return texts(source, preset.toDockerfile(), withIgnore ? Optional.of(preset.toDockerIgnore()) : Optional.empty(),
        evidence);
  }

  private static Preset java(MavenProject project, PresetConfig c, Function<CommonOptions, CommonOptions> common,
      List<String> evidence) throws MojoExecutionException {
    if (c.runtimeVersion() != null) {
      throw new ConfigurationException("parameter 'runtimeVersion' is for node, python and go; "
          + "for java set <javaVersion> (such as 17 or 21)");
    }
    // port and healthPath are the facts' to apply: they win over the application's own settings
    JavaFacts facts = JavaFacts.of(project, c.module(), c.javaVersion(), c.port(), c.healthPath());
    evidence.addAll(facts.evidence());
    JavaOptions.Builder o = facts.options();
    if (c.variant() != null) {
      o.runtime(switch (c.variant()) {
        case "jre" -> JavaOptions.RuntimeImage.TEMURIN_JRE;
        case "distroless" -> JavaOptions.RuntimeImage.DISTROLESS;
        case "jlink" -> JavaOptions.RuntimeImage.JLINK;
        default -> throw ConfigurationException.notAllowed("variant", c.variant(), "jre, distroless, jlink (preset java)");
      });
    }
    JavaOptions built = o.build();
    return JavaPreset.of(o.common(common.apply(built.common())).build());
  }

  private static Preset node(PresetConfig c, Function<CommonOptions, CommonOptions> common)
      throws MojoExecutionException {
    noJavaVersion(c, "node");
    NodeOptions.Builder o = NodeOptions.builder();
    if (c.runtimeVersion() != null) {
      o.nodeVersion(c.runtimeVersion());
    }
    if (c.variant() != null) {
      o.variant(variant(NodeOptions.Variant.class, c.variant(), "slim, alpine, distroless (preset node)"));
    }
    if (c.port() != null) {
      o.port(c.port());
    }
    health(c.healthPath(), o::healthcheckPath, o::noHealthcheck);
    return NodePreset.of(o.common(common.apply(CommonOptions.DEFAULTS)).build());
  }

  private static Preset python(PresetConfig c, Function<CommonOptions, CommonOptions> common)
      throws MojoExecutionException {
    noJavaVersion(c, "python");
    PythonOptions.Builder o = PythonOptions.builder();
    if (c.runtimeVersion() != null) {
      o.pythonVersion(c.runtimeVersion());
    }
    if (c.variant() != null) {
      o.variant(variant(PythonOptions.Variant.class, c.variant(), "slim, alpine, distroless (preset python)"));
    }
    if (c.port() != null) {
      o.port(c.port());
    }
    health(c.healthPath(), o::healthcheckPath, o::noHealthcheck);
    return PythonPreset.of(o.common(common.apply(CommonOptions.DEFAULTS)).build());
  }

  private static Preset go(PresetConfig c, Function<CommonOptions, CommonOptions> common)
      throws MojoExecutionException {
    noJavaVersion(c, "go");
    if (c.healthPath() != null) {
      throw new ConfigurationException("parameter 'healthPath' is not used by preset go, whose HEALTHCHECK runs the "
          + "binary itself; remove it");
    }
    GoOptions.Builder o = GoOptions.builder();
    if (c.runtimeVersion() != null) {
      o.goVersion(c.runtimeVersion());
    }
    if (c.variant() != null) {
      o.runtime(switch (c.variant()) {
        case "scratch" -> GoOptions.Runtime.SCRATCH;
        case "distroless" -> GoOptions.Runtime.DISTROLESS_STATIC;
        default -> throw ConfigurationException.notAllowed("variant", c.variant(), "scratch, distroless (preset go)");
      });
    }
    if (c.port() != null) {
      o.port(c.port());
    }
    return GoPreset.of(o.common(common.apply(CommonOptions.DEFAULTS)).build());
  }

  private static void noJavaVersion(PresetConfig c, String preset) throws ConfigurationException {
    if (c.module() != null) {
      throw new ConfigurationException("parameter 'module' ('" + c.module() + "') is for preset java, which builds "
          + "one module of a multi-module Maven build; remove it for preset " + preset);
    }
    if (c.javaVersion() != null) {
      throw new ConfigurationException("parameter 'javaVersion' is for preset java; for " + preset
          + " set <runtimeVersion>");
    }
  }

  private static <E extends Enum<E>> E variant(Class<E> type, String value, String allowed)
      throws ConfigurationException {
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(value)) {
        return e;
      }
    }
    throw ConfigurationException.notAllowed("variant", value, allowed);
  }

  private static void health(String path, java.util.function.Consumer<String> set, Runnable none) {
    if (path == null) {
      return;
    }
    if (path.equals("none")) {
      none.run();
    } else {
      set.accept(path);
    }
  }

  /** The {@code target} parameter applied to the preset's common options. */
  private static Function<CommonOptions, CommonOptions> commonOptions(PresetConfig c) throws ConfigurationException {
    String target = c.target() == null ? "latest" : c.target().strip();
    if (target.equals("latest")) {
      return Function.identity();
    }
    if (target.equals("engine-20.10")) {
      return o -> o.withTarget(SyntaxVersion.ENGINE_20_10, false);
    }
    SyntaxVersion version;
    try {
      version = SyntaxVersion.parse(target);
    } catch (IllegalArgumentException e) {
      throw ConfigurationException.notAllowed("target", c.target(), "latest, engine-20.10, or a frontend version such as 1.4");
    }
    return o -> o.withTarget(version, true);
  }

  private static Generated fromProvider(MavenProject project, PresetConfig c, boolean withIgnore, ClassLoader plugin)
      throws MojoExecutionException {
    for (Map.Entry<String, Object> e : presetOnly(c).entrySet()) {
      if (e.getValue() != null) {
        throw new ConfigurationException("parameter '" + e.getKey() + "' configures a preset and is not used with "
            + "'provider' (" + c.provider() + "); set it in your provider's code, or remove it");
      }
    }
    String name = c.provider().strip();
    DockerfileProvider provider = ProviderLoader.load(name, project, plugin);
    DockerfileProvider.Project info = new DockerfileProvider.Project(project.getBasedir().toPath(),
        project.getGroupId(), project.getArtifactId(), project.getVersion(), project.getBuild().getFinalName(),
        properties(project));
    Dockerfile dockerfile = provider.dockerfile(info);
    if (dockerfile == null) {
      throw new MojoExecutionException("dockerdsl: provider " + name + " returned no Dockerfile (null) from dockerfile()");
    }
    Optional<DockerIgnore> ignore = withIgnore ? provider.dockerIgnore(info) : Optional.empty();
    return texts("provider " + name, dockerfile, ignore == null ? Optional.empty() : ignore, List.of());
  }

  private static Map<String, Object> presetOnly(PresetConfig c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("port", c.port());
    m.put("variant", c.variant());
    m.put("healthPath", c.healthPath());
    m.put("javaVersion", c.javaVersion());
    m.put("runtimeVersion", c.runtimeVersion());
    m.put("labels", c.labels().isEmpty() ? null : c.labels());
    m.put("target", c.target() == null || c.target().equals("latest") ? null : c.target());
    m.put("module", c.module());
    return m;
  }

  private static Map<String, String> properties(MavenProject project) {
    Map<String, String> out = new LinkedHashMap<>();
    project.getProperties().stringPropertyNames().forEach(k -> out.put(k, project.getProperties().getProperty(k)));
    return out;
  }

  private static Generated texts(String source, Dockerfile dockerfile, Optional<DockerIgnore> ignore,
      List<String> evidence) {
    String header = GeneratedFiles.MARKER + "-maven-plugin (" + source + "); run 'mvn dockerdsl:generate' to update it.";
    String df = GeneratedFiles.withHeader(dockerfile, header).toString();
    Optional<String> ig = ignore.map(i -> GeneratedFiles.withHeader(i, header).toString());
    return new Generated(source, header, df, ig, evidence);
  }

  /** Loads a provider from the project's compile class path, falling back to the plugin's own dependencies. */
  static final class ProviderLoader {
    private ProviderLoader() {}

    static DockerfileProvider load(String name, MavenProject project, ClassLoader plugin) throws MojoExecutionException {
      List<URL> urls = new ArrayList<>();
      try {
        for (String element : project.getCompileClasspathElements()) {
          urls.add(new File(element).toURI().toURL());
        }
      } catch (DependencyResolutionRequiredException | MalformedURLException e) {
        throw new MojoExecutionException("dockerdsl: cannot read the project's class path: " + e.getMessage(), e);
      }
      // parent first: dockerdsl's own classes come from the plugin, so the provider's Dockerfile is the plugin's type
      ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), plugin);
      Class<?> type;
      try {
        type = Class.forName(name, true, loader);
      } catch (ClassNotFoundException e) {
        throw new ConfigurationException("parameter 'provider' is '" + name + "', a class found neither in the "
            + "project's classes (" + project.getBuild().getOutputDirectory() + ": run the goal after compile, e.g. "
            + "'mvn compile dockerdsl:generate') nor in the plugin's <dependencies>");
      } catch (LinkageError e) {
        throw new MojoExecutionException("dockerdsl: provider class " + name + " cannot be loaded: " + e, e);
      }
      if (!DockerfileProvider.class.isAssignableFrom(type)) {
        throw new ConfigurationException("parameter 'provider' is '" + name + "', which does not implement "
            + DockerfileProvider.class.getName() + "; implement it (dockerfile(Project) returns the Dockerfile)");
      }
      try {
        return (DockerfileProvider) type.getConstructor().newInstance();
      } catch (NoSuchMethodException e) {
        throw new ConfigurationException("provider class '" + name + "' has no public no-argument constructor; add one");
      } catch (ReflectiveOperationException e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        throw new MojoExecutionException("dockerdsl: provider " + name + " failed to start: " + cause, cause);
      }
    }
  }
}
