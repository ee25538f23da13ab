package io.github.dockerdsl.cli;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import io.github.dockerdsl.presets.PythonOptions;
import io.github.dockerdsl.presets.PythonOptions.DependencyTool;
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
  static Optional<Detection> detect(Path dir, InitFlags flags) {
    Optional<String> pyprojectText = ProjectFiles.read(dir, "pyproject.toml");
    Optional<String> requirements = ProjectFiles.read(dir, "requirements.txt");
    if (pyprojectText.isEmpty() && requirements.isEmpty()) {
      return Optional.empty();
    }
    JsonNode pyproject = pyprojectText.map(PythonDetector::parseToml).orElse(null);
    List<String> evidence = new ArrayList<>();
    evidence.add("python project: " + (pyproject != null ? "pyproject.toml" : "requirements.txt"));
    PythonOptions.Builder options = PythonOptions.builder();
    DependencyTool tool = dependencyTool(dir, pyproject, requirements.isPresent(), options, evidence);
    String version = version(dir, pyproject, evidence);
    options.pythonVersion(version);
    boolean isPackage = isPackage(pyproject, tool);
    String layout = server(dir, pyproject, dependencies(pyproject, requirements), flags, options, evidence);
    if (isPackage) {
      options.installProject();
      evidence.add("project installed into the virtualenv after its dependencies: pyproject.toml "
          + (tool == DependencyTool.POETRY ? "[tool.poetry] (a package)" : "[build-system]"));
    } else if (layout.startsWith("src/")) {
      throw new CliException(layout + " is a src layout, which runs only when the project is installed, but "
          + "pyproject.toml has no [build-system] table; add one (e.g. hatchling), nothing was written");
    }
    PythonOptions built = flags.applyPython(options, version, evidence);
    return Optional.of(new Detection("python", PythonPreset.of(built), evidence));
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

  /** A project is a package when a build backend can install it; Poetry's package-mode false says it is not. */
  private static boolean isPackage(JsonNode pyproject, DependencyTool tool) {
    if (pyproject == null) {
      return false;
    }
    if (tool == DependencyTool.POETRY) {
      return pyproject.path("tool").path("poetry").path("package-mode").asBoolean(true)
          && pyproject.has("build-system");
    }
    return pyproject.has("build-system");
  }

  private static DependencyTool dependencyTool(Path dir, JsonNode pyproject, boolean requirements,
      PythonOptions.Builder options, List<String> evidence) {
    if (ProjectFiles.exists(dir, "pdm.lock") && !ProjectFiles.exists(dir, "uv.lock")
        && !ProjectFiles.exists(dir, "poetry.lock")) {
      if (pyproject == null) {
        throw new CliException("pdm.lock has no pyproject.toml beside it; restore pyproject.toml, nothing was written");
      }
      options.pdm();
      evidence.add("pdm: pdm.lock" + (requirements ? " (a lock file pins the whole tree; requirements.txt is ignored)"
          : ""));
      return DependencyTool.PDM;
    }
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
        return DependencyTool.POETRY;
      }
      options.uv();
      evidence.add("uv: uv.lock wins over poetry.lock because pyproject.toml has no [tool.poetry] table;"
          + " delete the stale lock file");
      return DependencyTool.UV;
    } else if (uvLock) {
      options.uv();
      evidence.add("uv: uv.lock" + overRequirements);
      return DependencyTool.UV;
    } else if (poetryLock) {
      options.poetry();
      evidence.add("poetry: poetry.lock" + overRequirements);
      return DependencyTool.POETRY;
    } else if (requirements) {
      options.pip("requirements.txt");
      evidence.add("pip: requirements.txt");
      return DependencyTool.PIP;
    } else if (!requirementsFiles(dir).isEmpty()) {
      List<String> files = requirementsFiles(dir);
      List<String> production = files.stream().filter(f -> !f.matches(".*(dev|test|lint|doc|ci).*")).toList();
      if (production.size() != 1) {
        throw new CliException("there is no requirements.txt and " + (production.isEmpty() ? "only" : "several")
            + " other requirements files (" + String.join(", ", files) + "); rename the production one to "
            + "requirements.txt, nothing was written");
      }
      options.pip(production.get(0));
      evidence.add("pip: " + production.get(0) + (files.size() > 1 ? " (the one of " + String.join(", ", files)
          + " that is not for development or tests)" : ""));
      return DependencyTool.PIP;
    } else if (poetryTable) {
      throw new CliException("pyproject.toml has a [tool.poetry] table but there is no poetry.lock; "
          + "run 'poetry lock' to create one, nothing was written");
    } else {
      throw new CliException("pyproject.toml has no lock file (uv.lock or poetry.lock) and there is no "
          + "requirements.txt; run 'uv lock' or write requirements.txt, nothing was written");
    }
  }

  /** The {@code requirements*.txt} files in the project root, sorted. */
  private static List<String> requirementsFiles(Path dir) {
    try (var children = java.nio.file.Files.list(dir)) {
      return children.map(p -> p.getFileName().toString()).filter(n -> n.matches("requirements[-_.A-Za-z0-9]*\\.txt"))
          .sorted().toList();
    } catch (java.io.IOException e) {
      throw new CliException("cannot list " + dir + ": " + e.getMessage() + "; nothing was written", e);
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

  /** Object assignments that make an app: {@code app = FastAPI(...)}; group 1 the name, group 2 the class. */
  private static final Pattern APP_OBJECT = Pattern.compile(
      "(?m)^([A-Za-z_][A-Za-z0-9_]*)\\s*(?::\\s*[A-Za-z_.]+\\s*)?=\\s*(?:[A-Za-z_]+\\.)?(FastAPI|Starlette|Flask)\\(");
  private static final Pattern FACTORY = Pattern.compile("(?m)^def\\s+(create_app)\\s*\\(");
  private static final Pattern SETTINGS = Pattern.compile(
      "DJANGO_SETTINGS_MODULE['\"]\\s*,\\s*['\"]([A-Za-z_][A-Za-z0-9_.]*)\\.settings(?:\\.[A-Za-z0-9_]+)?['\"]");

  /**
   * Chooses the server from the framework among the dependencies and finds the app; returns the
   * directory the app module lives in ({@code src/<pkg>}, {@code <pkg>} or {@code .}).
   */
  private static String server(Path dir, JsonNode pyproject, Set<String> dependencies, InitFlags flags,
      PythonOptions.Builder options, List<String> evidence) {
    List<String> frameworks = new ArrayList<>();
    for (String framework : List.of("fastapi", "starlette", "django", "flask")) {
      if (dependencies.contains(framework)) {
        frameworks.add(framework);
      }
    }
    if (frameworks.contains("fastapi")) {
      frameworks.remove("starlette");
    }
    String also = frameworks.size() > 1
        ? " (wins over " + String.join(", ", frameworks.subList(1, frameworks.size()))
            + "; precedence fastapi, starlette, django, flask)" : "";
    String framework = frameworks.isEmpty() ? "" : frameworks.get(0);
    switch (framework) {
      case "fastapi", "starlette" -> {
        options.server(Server.UVICORN);
        evidence.add("server uvicorn: " + framework + " in the dependencies" + also);
      }
      case "django", "flask" -> {
        options.server(Server.GUNICORN);
        evidence.add("server gunicorn: " + framework + " in the dependencies" + also);
      }
      default -> {
        options.server(Server.MODULE);
        evidence.add("server 'python -m': no fastapi, starlette, django or flask in the dependencies");
      }
    }
    if (flags.module().isPresent()) {
      return moduleFromFlag(dir, flags.module().get(), framework, options, evidence);
    }
    if (framework.equals("django")) {
      return djangoModule(dir, options, evidence);
    }
    List<String> places = packageDirs(dir, pyproject);
    if (framework.isEmpty()) {
      return mainModule(dir, places, options, evidence);
    }
    return appModule(dir, places, framework, options, evidence);
  }

  /** Where the app may live: src/&lt;pkg&gt;/ and &lt;pkg&gt;/ for the project name with - as _, then app/, then the root. */
  private static List<String> packageDirs(Path dir, JsonNode pyproject) {
    List<String> places = new ArrayList<>();
    String name = pyproject == null ? "" : pyproject.path("project").path("name")
        .asText(pyproject.path("tool").path("poetry").path("name").asText(""));
    if (!name.isEmpty()) {
      String pkg = name.toLowerCase(Locale.ROOT).replaceAll("[-.]+", "_");
      for (String place : List.of("src/" + pkg, pkg)) {
        if (java.nio.file.Files.isRegularFile(dir.resolve(place).resolve("__init__.py"))
            || java.nio.file.Files.isDirectory(dir.resolve(place))) {
          places.add(place);
        }
      }
    }
    if (java.nio.file.Files.isDirectory(dir.resolve("app")) && !places.contains("app")) {
      places.add("app");
    }
    places.add(".");
    return places;
  }

  /** The import path of a file: src/shop_api/main.py is shop_api.main. */
  private static String moduleOf(String place, String file) {
    String path = (place.equals(".") ? "" : place + "/") + file;
    return path.replaceFirst("^src/", "").replaceAll("(/__main__|/__init__)?\\.py$", "").replace('/', '.');
  }

  private static String appModule(Path dir, List<String> places, String framework, PythonOptions.Builder options,
      List<String> evidence) {
    List<String[]> found = new ArrayList<>();
    for (String place : places) {
      for (String file : pythonFiles(dir.resolve(place), !place.equals("."))) {
        String text = ProjectFiles.read(dir.resolve(place), file).orElse("");
        Matcher m = APP_OBJECT.matcher(text);
        while (m.find()) {
          found.add(new String[] {place, file, m.group(1), m.group(2)});
        }
        if (framework.equals("flask") && !APP_OBJECT.matcher(text).find()) {
          Matcher f = FACTORY.matcher(text);
          if (f.find()) {
            found.add(new String[] {place, file, f.group(1) + "()", null});
          }
        }
      }
      if (!found.isEmpty()) {
        break;
      }
    }
    if (found.isEmpty()) {
      throw new CliException("no " + framework + " app found: no 'app = " + (framework.equals("flask") ? "Flask"
          : framework.equals("starlette") ? "Starlette" : "FastAPI") + "(...)' in the .py files of "
          + String.join(", ", places.stream().map(p -> p.equals(".") ? "the project root" : p + "/").toList())
          + "; pass --module pkg.module:app, nothing was written");
    }
    if (found.size() > 1) {
      throw new CliException("several " + framework + " apps found (" + String.join(", ", found.stream()
          .map(f -> moduleOf(f[0], f[1]) + ":" + f[2]).toList()) + "); pass --module with the one to serve, "
          + "nothing was written");
    }
    String[] app = found.get(0);
    String module = moduleOf(app[0], app[1]);
    options.module(module).appObject(app[2]);
    evidence.add("app " + module + ":" + app[2] + ": " + (app[0].equals(".") ? "" : app[0] + "/") + app[1]
        + (app[3] == null ? " (def create_app(), a Flask app factory)" : " (" + app[2] + " = " + app[3] + "(...))"));
    return app[0];
  }

  /** The .py files of a directory, the usual app files first; only top-level files. */
  private static List<String> pythonFiles(Path dir, boolean inPackage) {
    List<String> preferred = List.of("main.py", "app.py", "asgi.py", "wsgi.py", "api.py", "server.py", "__init__.py");
    try (var children = java.nio.file.Files.list(dir)) {
      List<String> all = children.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".py"))
          .filter(n -> inPackage || !n.equals("manage.py") && !n.startsWith("test")).sorted().toList();
      List<String> ordered = new ArrayList<>(preferred.stream().filter(all::contains).toList());
      all.stream().filter(n -> !ordered.contains(n)).forEach(ordered::add);
      return ordered;
    } catch (java.io.IOException e) {
      throw new CliException("cannot list " + dir + ": " + e.getMessage() + "; nothing was written", e);
    }
  }

  private static String mainModule(Path dir, List<String> places, PythonOptions.Builder options,
      List<String> evidence) {
    List<String> tried = new ArrayList<>();
    for (String place : places) {
      for (String file : place.equals(".") ? List.of("main.py", "app.py") : List.of("__main__.py", "main.py")) {
        String path = (place.equals(".") ? "" : place + "/") + file;
        tried.add(path);
        if (ProjectFiles.exists(dir, path)) {
          String module = moduleOf(place, file);
          options.module(module);
          evidence.add("module " + module + ": " + path);
          return place;
        }
      }
    }
    throw new CliException("no module to run with 'python -m': none of " + String.join(", ", tried)
        + " exists; pass --module pkg.module, nothing was written");
  }

  private static String moduleFromFlag(Path dir, String flag, String framework, PythonOptions.Builder options,
      List<String> evidence) {
    Matcher m = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)*)(?::([A-Za-z_][A-Za-z0-9_]*(?:\\(\\))?))?")
        .matcher(flag);
    if (!m.matches()) {
      throw new CliException("--module '" + flag + "' is not a Python import path; use one such as app.main or "
          + "app.main:app, nothing was written");
    }
    String module = m.group(1);
    options.module(module);
    if (m.group(2) != null) {
      if (framework.isEmpty()) {
        throw new CliException("--module '" + flag + "' names an app object, but without fastapi, starlette, django "
            + "or flask the module runs with 'python -m'; pass --module " + module + ", nothing was written");
      }
      options.appObject(m.group(2));
    } else if (framework.equals("django")) {
      options.appObject("application");
    }
    String path = module.replace('.', '/');
    String place = java.nio.file.Files.exists(dir.resolve("src").resolve(path + ".py"))
        || java.nio.file.Files.isDirectory(dir.resolve("src").resolve(path)) ? "src/" + path : ".";
    evidence.add("app " + flag + ": --module");
    return place;
  }

  private static String djangoModule(Path dir, PythonOptions.Builder options, List<String> evidence) {
    options.appObject("application");
    Optional<String> manage = ProjectFiles.read(dir, "manage.py");
    if (manage.isPresent()) {
      Matcher m = SETTINGS.matcher(manage.get());
      if (m.find()) {
        String project = m.group(1);
        String wsgi = project.replace('.', '/') + "/wsgi.py";
        if (!ProjectFiles.exists(dir, wsgi)) {
          throw new CliException("manage.py names the settings module " + project + ".settings but " + wsgi
              + " does not exist; pass --module " + project + ".wsgi:application, nothing was written");
        }
        options.module(project + ".wsgi");
        evidence.add("app " + project + ".wsgi:application: manage.py DJANGO_SETTINGS_MODULE '" + project
            + ".settings'");
        return ".";
      }
    }
    List<String> found = new ArrayList<>();
    try (var children = java.nio.file.Files.list(dir)) {
      children.filter(p -> java.nio.file.Files.isRegularFile(p.resolve("wsgi.py")))
          .map(p -> p.getFileName().toString()).sorted().forEach(found::add);
    } catch (java.io.IOException e) {
      throw new CliException("cannot list " + dir + ": " + e.getMessage() + "; nothing was written", e);
    }
    if (found.size() != 1) {
      throw new CliException("django project without " + (manage.isPresent() ? "DJANGO_SETTINGS_MODULE in manage.py"
          : "manage.py") + " and " + (found.isEmpty() ? "no" : "several") + " */wsgi.py"
          + (found.isEmpty() ? "" : " (" + String.join(", ", found) + ")")
          + "; pass --module <project>.wsgi:application, nothing was written");
    }
    options.module(found.get(0) + ".wsgi");
    evidence.add("app " + found.get(0) + ".wsgi:application: " + found.get(0) + "/wsgi.py (the only */wsgi.py)");
    return ".";
  }
}
