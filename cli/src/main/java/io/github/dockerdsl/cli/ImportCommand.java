package io.github.dockerdsl.cli;

import com.palantir.javapoet.JavaFile;
import io.github.dockerdsl.codegen.JavaImporter;
import io.github.dockerdsl.parse.ParsedDockerfile;
import io.github.dockerdsl.render.GeneratedFiles;
import io.github.dockerdsl.render.WriteOptions;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import javax.lang.model.SourceVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dockerdsl import}: the dockerdsl Java code that writes an existing Dockerfile, for moving a
 * repository of hand-written Dockerfiles into Java. Imported code is edited by hand afterwards, so an
 * existing file is never replaced without {@code --force}.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = {"Prints the dockerdsl Java code that writes FILE (or writes it under --out DIR).",
        "Every rule FILE breaks gets a suppression whose reason starts with 'imported as is:'; review them.",
        "Exit 2 on a syntax error, a bad name, or an existing output file without --force."})
final class ImportCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The Dockerfile to import.")
  Path file;

  @Option(names = "--package", paramLabel = "P", description = "Package of the class (default: none).")
  String packageName = "";

  @Option(names = "--class", paramLabel = "NAME",
      description = "Class name (default: from the file, e.g. api/Dockerfile -> ApiDockerfile).")
  String className;

  @Option(names = "--out", paramLabel = "DIR", description = "Write DIR/P/NAME.java instead of printing it.")
  Path out;

  @Option(names = "--no-suppressions",
      description = "Add no suppressions: the code's build() then lists every violation of FILE.")
  boolean noSuppressions;

  @Option(names = "--force", description = "Overwrite an existing NAME.java under --out.")
  boolean force;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    try {
      ParsedDockerfile parsed = DockerfileInput.parse(file);
      String name = className != null ? className : defaultClassName(file);
      JavaImporter importer;
      try {
        importer = JavaImporter.of(packageName, name).withSourceName(sourceName(file));
      } catch (IllegalArgumentException e) {
        throw new CliException(e.getMessage().replaceFirst("^package name", "--package").replaceFirst("^class name", "--class"), e);
      }
      JavaFile java = (noSuppressions ? importer.withoutSuppressions() : importer).toJavaFile(parsed);
      String source = java.toString();
      if (out == null) {
        stdout.print(source);
      } else {
        Path target = out.resolve(packageName.replace('.', '/')).resolve(name + ".java");
        if (Files.exists(target) && !force) {
          throw new CliException(target + " exists; imported code is edited by hand, so move it away or pass --force "
              + "to overwrite it");
        }
        // the existence check above is the import's own rule: imported code is edited by hand, never regenerated
        GeneratedFiles.write(target, source, WriteOptions.DEFAULTS.forced());
        stdout.println("wrote " + target);
      }
      int waivers = count(source, "\"" + JavaImporter.REVIEW_PREFIX);
      if (waivers > 0) {
        stderr.println("dockerdsl: " + file + " breaks " + waivers + " rule" + (waivers == 1 ? "" : "s")
            + "; each has a suppression starting 'imported as is:' to review");
      }
      return Main.OK;
    } catch (CliException e) {
      stderr.println("dockerdsl: " + e.getMessage());
      return Main.USAGE;
    }
  }

  /**
   * {@code ApiDockerfile} for {@code api/Dockerfile}, {@code api.Dockerfile} or {@code Dockerfile.api};
   * {@code ImportedDockerfile} when the path names nothing else.
   */
  static String defaultClassName(Path file) {
    String base = file.getFileName().toString();
    String lower = base.toLowerCase(Locale.ROOT);
    String prefix;
    if (lower.equals("dockerfile")) {
      Path parent = file.toAbsolutePath().normalize().getParent();
      prefix = parent == null || parent.getFileName() == null ? "" : parent.getFileName().toString();
    } else if (lower.endsWith(".dockerfile")) {
      prefix = base.substring(0, base.length() - ".dockerfile".length());
    } else if (lower.startsWith("dockerfile.")) {
      prefix = base.substring("dockerfile.".length());
    } else {
      prefix = base;
    }
    StringBuilder name = new StringBuilder();
    boolean upper = true;
    for (char c : prefix.toCharArray()) {
      if (Character.isLetterOrDigit(c)) {
        name.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      } else {
        upper = true;
      }
    }
    String candidate = name + "Dockerfile";
    return SourceVersion.isIdentifier(candidate) && !candidate.equals("Dockerfile") ? candidate : "ImportedDockerfile";
  }

  /** The file as the class comment names it: relative to the working directory when inside it. */
  private static String sourceName(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    Path cwd = Path.of("").toAbsolutePath();
    return (absolute.startsWith(cwd) ? cwd.relativize(absolute) : file).toString();
  }

  private static int count(String text, String needle) {
    int n = 0;
    for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
      n++;
    }
    return n;
  }
}
