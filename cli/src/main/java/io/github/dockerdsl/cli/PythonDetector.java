package io.github.dockerdsl.cli;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import io.github.dockerdsl.presets.PythonOptions;
import io.github.dockerdsl.presets.PythonOptions.Server;
import io.github.dockerdsl.presets.PythonPreset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.nio.file.Path;

/**
 * Detects a Python project from {@code pyproject.toml} or {@code requirements.txt}: the dependency
 * tool from the lock file ({@code uv.lock}, {@code poetry.lock}) or {@code requirements.txt}, the
 * version from {@code .python-version}, then {@code requires-python}, and the server from the web
 * framework among the dependencies.
 */
final class PythonDetector {
  /** The files whose presence makes a directory a Python project. */
  static final List<String> MARKERS = List.of("pyproject.toml", "requirements.txt");

  private static final Pattern VERSION = Pattern.compile("(?<![0-9.])3\\.(\\d{1,2})(?:\\.\\d+)?");
  private static final Pattern LOWER_BOUND =
      Pattern.compile("(>=|~=|==|\\^|~|>|(?<![<>=!~^]))\\s*3\\.(\\d{1,2})");
  private static final Pattern REQUIREMENT_NAME = Pattern.compile("^\\s*([A-Za-z0-9][A-Za-z0-9._-]*)");

  private PythonDetector() {}

  /** The detection, or empty when there is neither {@code pyproject.toml} nor {@code requirements.txt}. */
  static Optional<Detection> detect(Path dir) {
    Optional<String> pyprojectText = ProjectFiles.read(dir, "pyproject.toml");
    Optional<String> requirements = ProjectFiles.read(dir, "requirements.txt");
    if (pyprojectText.isEmpty() && requirements.isEmpty()) {
      return Optional.empty();
    }
    JsonNode pyproject = pyprojectText.map(PythonDetector::parseToml).orElse(null);
    List<String> evidence = new ArrayList<>();
    evidence.add("python project: " + (pyproject != null ? "pyproject.toml" : "requirements.txt"));
    PythonOptions.Builder options = PythonOptions.builder();
    dependencyTool(dir, pyproject, requirements.isPresent(), options, evidence);
    options.pythonVersion(version(dir, pyproject, evidence));
    server(dir, dependencies(pyproject, requirements), options, evidence);
    return Optional.of(new Detection("python", PythonPreset.of(options.build()), evidence));
  }

  private static JsonNode parseToml(String text) {
    try {
      return new TomlMapper().readTree(text);
    } catch (JacksonException e) {
      throw new CliException("pyproject.toml is not valid TOML: " + ProjectFiles.firstLine(e.getOriginalMessage())
          + location(e) + "; fix it, nothing was written");
    }
  }

  private static String location(JacksonException e) {
    return e.getLocation() == null || e.getLocation().getLineNr() < 1 ? ""
        : " (line " + e.getLocation().getLineNr() + ")";
  }

  private static void dependencyTool(Path dir, JsonNode pyproject, boolean requirements, PythonOptions.Builder options,
      List<String> evidence) {
    boolean uvLock = ProjectFiles.exists(dir, "uv.lock");
    boolean poetryLock = ProjectFiles.exists(dir, "poetry.lock");
    boolean poetryTable = pyproject != null && pyproject.path("tool").has("poetry");
    String overRequirements = requirements ? " (a lock file pins the whole tree; requirements.txt is ignored)" : "";
    if ((uvLock || poetryLock) && pyproject == null) {
      throw new CliException((uvLock ? "uv.lock" : "poetry.lock") + " has no pyproject.toml beside it; "
          + "restore pyproject.toml, nothing was written");
    }
    if (uvLock && poetryLock) {
      if (poetryTable) {
        options.poetry();
        evidence.add("poetry: poetry.lock wins over uv.lock because pyproject.toml has a [tool.poetry] table;"
            + " delete the stale lock file");
      } else {
        options.uv();
        evidence.add("uv: uv.lock wins over poetry.lock because pyproject.toml has no [tool.poetry] table;"
            + " delete the stale lock file");
      }
    } else if (uvLock) {
      options.uv();
      evidence.add("uv: uv.lock" + overRequirements);
    } else if (poetryLock) {
      options.poetry();
      evidence.add("poetry: poetry.lock" + overRequirements);
    } else if (requirements) {
      options.pip("requirements.txt");
      evidence.add("pip: requirements.txt");
    } else if (poetryTable) {
      throw new CliException("pyproject.toml has a [tool.poetry] table but there is no poetry.lock; "
          + "run 'poetry lock' to create one, nothing was written");
    } else {
      throw new CliException("pyproject.toml has no lock file (uv.lock or poetry.lock) and there is no "
          + "requirements.txt; run 'uv lock' or write requirements.txt, nothing was written");
    }
  }

  private static String version(Path dir, JsonNode pyproject, List<String> evidence) {
    String requires = pyproject == null ? "" : pyproject.path("project").path("requires-python").asText("");
    String requiresSource = "pyproject.toml project.requires-python";
    if (requires.isEmpty() && pyproject != null) {
      requires = pyproject.path("tool").path("poetry").path("dependencies").path("python").asText("");
      requiresSource = "pyproject.toml tool.poetry.dependencies.python";
    }
    Optional<String> pinned = ProjectFiles.read(dir, ".python-version").map(String::strip);
    if (pinned.isPresent()) {
      String text = pinned.get().lines().findFirst().orElse("").strip();
      Matcher m = VERSION.matcher(text);
      if (m.find()) {
        String version = "3." + m.group(1);
        evidence.add("python " + version + ": .python-version ('" + text + "')"
            + (requires.isEmpty() ? "" : " wins over " + requiresSource + " ('" + requires + "')"));
        return version;
      }
      evidence.add(".python-version ('" + text + "') names no Python 3 version; ignored");
    }
    if (!requires.isEmpty()) {
      Matcher m = LOWER_BOUND.matcher(requires);
      if (m.find()) {
        int minor = Integer.parseInt(m.group(2)) + (m.group(1).equals(">") ? 1 : 0);
        String version = "3." + minor;
        evidence.add("python " + version + ": " + requiresSource + " ('" + requires + "'), its lowest version");
        return version;
      }
      evidence.add(requiresSource + " ('" + requires + "') has no lower bound on Python 3; ignored");
    }
    evidence.add("python 3.11: default (no .python-version or requires-python)");
    return "3.11";
  }

  /** Normalised dependency names (PEP 503: lower case, runs of -_. as one dash), in file order. */
  private static Set<String> dependencies(JsonNode pyproject, Optional<String> requirements) {
    Set<String> names = new LinkedHashSet<>();
    if (pyproject != null) {
      for (JsonNode dep : pyproject.path("project").path("dependencies")) {
        requirementName(dep.asText("")).ifPresent(names::add);
      }
      for (Iterator<String> it = pyproject.path("tool").path("poetry").path("dependencies").fieldNames();
          it.hasNext(); ) {
        requirementName(it.next()).ifPresent(names::add);
      }
    }
    requirements.ifPresent(text -> text.lines()
        .filter(l -> !l.strip().startsWith("#") && !l.strip().startsWith("-"))
        .forEach(l -> requirementName(l).ifPresent(names::add)));
    return names;
  }

  private static Optional<String> requirementName(String requirement) {
    Matcher m = REQUIREMENT_NAME.matcher(requirement);
    return m.find() ? Optional.of(m.group(1).toLowerCase(Locale.ROOT).replaceAll("[-_.]+", "-")) : Optional.empty();
  }

  private static void server(Path dir, Set<String> dependencies, PythonOptions.Builder options,
      List<String> evidence) {
    List<String> frameworks = new ArrayList<>();
    for (String framework : List.of("fastapi", "django", "flask")) {
      if (dependencies.contains(framework)) {
        frameworks.add(framework);
      }
    }
    String also = frameworks.size() > 1
        ? " (wins over " + String.join(", ", frameworks.subList(1, frameworks.size()))
            + "; precedence fastapi, django, flask)" : "";
    String framework = frameworks.isEmpty() ? "" : frameworks.get(0);
    switch (framework) {
      case "fastapi":
        options.server(Server.UVICORN);
        evidence.add("server uvicorn: fastapi in the dependencies" + also);
        module(dir, options, evidence, List.of("app/main.py", "main.py", "app.py"), "app");
        break;
      case "django":
        options.server(Server.GUNICORN);
        evidence.add("server gunicorn: django in the dependencies" + also);
        djangoModule(dir, options, evidence);
        break;
      case "flask":
        options.server(Server.GUNICORN);
        evidence.add("server gunicorn: flask in the dependencies" + also);
        module(dir, options, evidence, List.of("app/main.py", "main.py", "app.py", "wsgi.py"), "app");
        break;
      default:
        options.server(Server.MODULE);
        evidence.add("server 'python -m': no fastapi, django or flask in the dependencies");
        module(dir, options, evidence, List.of("app/__main__.py", "app/main.py", "main.py", "app.py"), null);
    }
  }

  private static void module(Path dir, PythonOptions.Builder options, List<String> evidence, List<String> candidates,
      String appObject) {
    for (String file : candidates) {
      if (ProjectFiles.exists(dir, file)) {
        String module = file.replaceAll("(/__main__)?\\.py$", "").replace('/', '.');
        options.module(module);
        evidence.add("module " + module + (appObject == null ? "" : ":" + appObject) + ": " + file);
        return;
      }
    }
    evidence.add("module app.main" + (appObject == null ? "" : ":" + appObject) + ": default (no "
        + String.join(", ", candidates) + ")");
  }

  private static void djangoModule(Path dir, PythonOptions.Builder options, List<String> evidence) {
    List<String> found = new ArrayList<>();
    try (var children = java.nio.file.Files.list(dir)) {
      children.filter(p -> java.nio.file.Files.isRegularFile(p.resolve("wsgi.py")))
          .map(p -> p.getFileName().toString()).sorted().forEach(found::add);
    } catch (java.io.IOException e) {
      throw new CliException("cannot list " + dir + ": " + e.getMessage() + "; nothing was written", e);
    }
    options.appObject("application");
    if (found.isEmpty()) {
      evidence.add("module app.wsgi:application: default (no */wsgi.py)");
      options.module("app.wsgi");
      return;
    }
    options.module(found.get(0) + ".wsgi");
    evidence.add("module " + found.get(0) + ".wsgi:application: " + found.get(0) + "/wsgi.py"
        + (found.size() > 1 ? " (first of " + found.size() + " */wsgi.py)" : ""));
  }
}
