package io.github.dockerdsl.maven;

import io.github.dockerdsl.render.GeneratedFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Fails the build when the files on disk differ from what {@code generate} would write, printing a
 * unified diff and the command that regenerates them: the drift check CI runs. Like {@code generate},
 * it runs once at the root of a multi-module build.
 */
// an aggregator goal: on the command line it runs once, at the root, whose Dockerfile builds the whole
// reactor; it needs no dependency resolution, as the model is enough (a provider runs after compile)
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, aggregator = true)
public class CheckMojo extends GeneratingMojo {
  /** Creates the goal; Maven injects the parameters. */
  public CheckMojo() {}

  @Override
  protected void run() throws MojoExecutionException, MojoFailureException {
    Generated generated = generated();
    List<String> stale = new ArrayList<>();
    StringBuilder report = new StringBuilder();
    for (Generated.GeneratedFile f : generated.files(outputDirectory.toPath())) {
      String shown = shown(f.path());
      String actual;
      try {
        actual = Files.exists(f.path()) ? Files.readString(f.path(), StandardCharsets.UTF_8) : null;
      } catch (IOException e) {
        throw new MojoExecutionException("dockerdsl: cannot read " + f.path() + ": " + e.getMessage(), e);
      }
      if (f.content().equals(actual)) {
        getLog().info("dockerdsl: " + shown + " is up to date (" + generated.source() + ")");
        continue;
      }
      stale.add(shown);
      if (actual == null) {
        report.append(shown).append(" is missing\n");
      } else {
        if (!GeneratedFiles.hasHeader(actual)) {
          report.append(shown).append(" has no generated-by header: generate will refuse to overwrite it "
              + "without -Ddockerdsl.force\n");
        }
        report.append(UnifiedDiff.of(shown, actual, f.content()));
      }
    }
    if (!stale.isEmpty()) {
      String command = "mvn " + pluginPrefix() + ":generate";
      for (String line : report.toString().split("\n", -1)) {
        if (!line.isEmpty()) {
          getLog().error(line);
        }
      }
      throw new MojoFailureException("dockerdsl: " + String.join(" and ", stale) + (stale.size() == 1 ? " is" : " are")
          + " out of date (" + generated.source() + "); regenerate with '" + command + "' and commit the result");
    }
  }

  private static String pluginPrefix() {
    return "dockerdsl";
  }
}
