package io.github.dockerdsl.maven;

import io.github.dockerdsl.lint.Finding;
import io.github.dockerdsl.lint.LintResult;
import io.github.dockerdsl.lint.Linter;
import io.github.dockerdsl.lint.SarifReport;
import io.github.dockerdsl.lint.TextReport;
import io.github.dockerdsl.parse.DockerfileParser;
import io.github.dockerdsl.parse.DockerfileSyntaxException;
import io.github.dockerdsl.presets.CompanyStandards;
import io.github.dockerdsl.render.GeneratedFiles;
import io.github.dockerdsl.render.WriteOptions;
import io.github.dockerdsl.rule.Policy;
import io.github.dockerdsl.rule.Severity;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Lints the project's Dockerfiles with the strict policy (or the policy of company standards): findings in the compiler style
 * ({@code Dockerfile:3:1: error: [DF001 PinnedBaseImage] ...}), SARIF 2.1.0 for code scanning, and a
 * failed build at the {@code failOn} level.
 */
@Mojo(name = "lint", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class LintMojo extends AbstractDockerdslMojo {
  /** Glob patterns, relative to the project directory, of the Dockerfiles to lint. */
  @Parameter
  protected List<String> includes = new ArrayList<>(List.of("Dockerfile", "**/Dockerfile", "*.Dockerfile",
      "**/*.Dockerfile", "Dockerfile.*", "**/Dockerfile.*"));

  /** Glob patterns, relative to the project directory, left out even when included. */
  @Parameter
  protected List<String> excludes = new ArrayList<>(List.of("target/**", "**/node_modules/**", ".git/**"));

  /**
   * The lowest severity that fails the build: {@code error} (default), {@code warning}, {@code info}, or
   * {@code none} to report only.
   */
  @Parameter(property = "dockerdsl.failOn", defaultValue = "error")
  protected String failOn;

  /** Where the SARIF 2.1.0 report is written, for GitHub code scanning and other tools. */
  @Parameter(property = "dockerdsl.sarifFile", defaultValue = "${project.build.directory}/dockerdsl/lint.sarif")
  protected File sarifFile;

  /**
   * Company standards whose policy and rules lint the files instead of the strict policy, such as
   * {@code acme}: found by name among the plugin's {@code <dependencies>}.
   */
  @Parameter(property = "dockerdsl.standards")
  protected String standards;

  /** Creates the goal; Maven injects the parameters. */
  public LintMojo() {}

  @Override
  protected void run() throws MojoExecutionException, MojoFailureException {
    Severity threshold = threshold();
    Path base = project.getBasedir().toPath();
    List<Path> files = matching(base);
    if (files.isEmpty()) {
      getLog().warn("dockerdsl: no Dockerfile matches includes " + includes + " in " + base);
    }
    Policy policy = StandardsLookup.find(standards, getClass().getClassLoader())
        .map(CompanyStandards::policy).orElseGet(Policy::strict);
    List<LintResult> results = new ArrayList<>();
    List<String> syntaxErrors = new ArrayList<>();
    for (Path file : files) {
      String shown = base.relativize(file).toString().replace('\\', '/');
      try {
        results.add(Linter.lint(DockerfileParser.parse(file), policy).withPath(shown));
      } catch (DockerfileSyntaxException e) {
        syntaxErrors.add(shown + ":" + e.line() + ":" + e.column() + ": error: " + e.problem());
      } catch (UncheckedIOException e) {
        throw new MojoExecutionException("dockerdsl: cannot read " + file + ": " + e.getMessage(), e);
      }
    }
    for (LintResult r : results) {
      for (Finding f : r.findings()) {
        if (f.isSuppressed()) {
          continue;
        }
        String line = TextReport.line(r.path(), f);
        switch (f.severity()) {
          case ERROR -> getLog().error(line);
          case WARNING -> getLog().warn(line);
          default -> getLog().info(line);
        }
      }
    }
    syntaxErrors.forEach(getLog()::error);
    getLog().info("dockerdsl: " + TextReport.summary(results));
    try {
      GeneratedFiles.write(sarifFile.toPath(), SarifReport.render(policy, results) + "\n",
          WriteOptions.DEFAULTS.forced());
    } catch (UncheckedIOException e) {
      throw new MojoExecutionException("dockerdsl: cannot write " + sarifFile + ": " + e.getMessage(), e);
    }
    getLog().info("dockerdsl: SARIF report " + shown(sarifFile.toPath()));
    if (!syntaxErrors.isEmpty()) {
      throw new MojoFailureException("dockerdsl: " + syntaxErrors.size() + " Dockerfile(s) cannot be parsed: "
          + String.join("; ", syntaxErrors));
    }
    if (threshold != null) {
      long failing = results.stream().flatMap(r -> r.findings().stream())
          .filter(f -> !f.isSuppressed() && f.severity().compareTo(threshold) <= 0).count();
      if (failing > 0) {
        throw new MojoFailureException("dockerdsl: " + failing + " finding(s) at " + failOn + " level or above ("
            + TextReport.summary(results) + "); fix them, waive one with '# dockerdsl:suppress DFnnn -- reason', "
            + "or set <failOn>");
      }
    }
  }

  /** The failing severity, or null for {@code none}. */
  private Severity threshold() throws ConfigurationException {
    String value = failOn == null ? "error" : failOn.strip().toLowerCase(Locale.ROOT);
    return switch (value) {
      case "error" -> Severity.ERROR;
      case "warning" -> Severity.WARNING;
      case "info" -> Severity.INFO;
      case "none" -> null;
      default -> throw ConfigurationException.notAllowed("failOn", failOn, "error, warning, info, none");
    };
  }

  private List<Path> matching(Path base) throws MojoExecutionException {
    List<PathMatcher> in = matchers(includes);
    List<PathMatcher> out = matchers(excludes);
    List<Path> found = new ArrayList<>();
    try {
      Files.walkFileTree(base, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          Path rel = base.relativize(file);
          if (in.stream().anyMatch(m -> m.matches(rel)) && out.stream().noneMatch(m -> m.matches(rel))) {
            found.add(file);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          Path rel = base.relativize(dir);
          boolean excluded = !rel.toString().isEmpty()
              && out.stream().anyMatch(m -> m.matches(rel) || m.matches(rel.resolve("x")));
          return excluded ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new MojoExecutionException("dockerdsl: cannot list " + base + ": " + e.getMessage(), e);
    }
    found.sort(null);
    return found;
  }

  private static List<PathMatcher> matchers(List<String> globs) throws ConfigurationException {
    List<PathMatcher> matchers = new ArrayList<>();
    for (String glob : globs == null ? List.<String>of() : globs) {
      try {
        matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
        if (glob.startsWith("**/")) {
          // "**/Dockerfile" also matches a Dockerfile at the top, as in Ant and Maven patterns
          matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob.substring(3)));
        }
      } catch (IllegalArgumentException e) {
        throw new ConfigurationException("pattern '" + glob + "' in includes/excludes is not a glob: "
            + e.getMessage());
      }
    }
    return matchers;
  }
}
