package io.github.dockerdsl.cli;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.dockerdsl.presets.JavaOptions;
import io.github.dockerdsl.presets.internal.jvm.AppConfig;
import io.github.dockerdsl.presets.internal.jvm.JvmService.Framework;
import io.github.dockerdsl.presets.internal.jvm.Wording;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code init}'s side of the port and health detection that it shares with the Maven plugin
 * ({@code presets.internal.jvm}): its flags, its wording, and the YAML parser (Jackson) the shared
 * code has none of.
 */
final class JvmService {
  /** How init names its flags in what the shared detection says. */
  private static final Wording WORDING = new Wording("--port", "--health-path", "--no-healthcheck", "pass",
      " (nothing was written)", "; fix it, nothing was written", "init");

  /** What {@code init}'s flags override; empty means "detect". */
  record Overrides(Optional<String> module, Optional<Integer> port, Optional<String> healthPath,
      boolean noHealthcheck, Optional<String> entry) {
    /** No flag given. */
    static final Overrides NONE = new Overrides(Optional.empty(), Optional.empty(), Optional.empty(), false,
        Optional.empty());
  }

  private JvmService() {}

  /** The settings of the module in {@code moduleDir} ({@code dir/moduleDir/src/main/resources/application.*}). */
  static AppConfig config(Path projectDir, String moduleDir) {
    return AppConfig.read(name -> ProjectFiles.read(projectDir, name), moduleDir,
        text -> new YAMLMapper().readerFor(Object.class).readValues(text).readAll(), WORDING);
  }

  /** Sets the port and the healthcheck of {@code options} and says where each came from. */
  static void apply(Framework framework, boolean healthDependency, AppConfig config, Overrides flags,
      JavaOptions.Builder options, List<String> evidence) {
    io.github.dockerdsl.presets.internal.jvm.JvmService.apply(framework, healthDependency, config,
        new io.github.dockerdsl.presets.internal.jvm.JvmService.Overrides(flags.port(), flags.healthPath(),
            flags.noHealthcheck()), options, evidence);
  }
}
