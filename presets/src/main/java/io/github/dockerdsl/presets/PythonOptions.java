package io.github.dockerdsl.presets;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How a Python project is built and run.
 *
 * @param pythonVersion the minor version of Python, such as {@code 3.11} or {@code 3.11.9}
 * @param dependencyTool pip with requirements files, Poetry, uv or PDM
 * @param requirementsFiles the requirements files pip installs, relative to the context (pip only)
 * @param toolVersion the pinned version of Poetry, uv or PDM installed in the builder; unused with pip
 * @param installProject whether the project is a package that is installed into the virtualenv after its
 *     dependencies (a second step after the sources are copied, so the dependency step stays cached)
 * @param variant the base image family
 * @param compilers whether the builder gets a C toolchain for packages without wheels
 * @param module the Python module of the app, such as {@code app.main}
 * @param appObject the ASGI or WSGI object in {@code module} that uvicorn or gunicorn serves
 * @param server how the app is started
 * @param port the port the app listens on
 * @param healthcheckPath the HTTP path that answers 200 when healthy; no HEALTHCHECK when empty
 * @param privateIndex whether installs need credentials passed as a build secret (see {@link #secretId()})
 * @param common labels, user ids and frontend level
 * @param serverOptions arguments after the start command: uvicorn's or gunicorn's options (such as
 *     {@code --workers 4}), or the module's own arguments for {@link Server#MODULE}
 * @param tini whether {@code tini} runs as PID 1 and starts the server: Python as PID 1 ignores SIGTERM
 *     unless the app handles it and reaps no zombie child processes (see docs/presets/python.md)
 */
public record PythonOptions(String pythonVersion, DependencyTool dependencyTool, List<String> requirementsFiles,
    String toolVersion, boolean installProject, Variant variant, boolean compilers, String module, String appObject, Server server, int port,
    Optional<String> healthcheckPath, boolean privateIndex, CommonOptions common, List<String> serverOptions,
    boolean tini) {

  /** The Python version of {@code gcr.io/distroless/python3-debian12}, which Debian 12 fixes. */
  static final String DISTROLESS_PYTHON = "3.11";

  /** The tool that resolves and installs dependencies, which decides the manifests copied first. */
  public enum DependencyTool {
    /** pip with one or more requirements files. */
    PIP,
    /** Poetry with {@code pyproject.toml} and {@code poetry.lock}. */
    POETRY,
    /** uv with {@code pyproject.toml} and {@code uv.lock}. */
    UV,
    /** PDM with {@code pyproject.toml} and {@code pdm.lock}, exported with hashes and installed by pip. */
    PDM
  }

  /** The base image family. */
  public enum Variant {
    /** {@code python:<v>-slim-bookworm} for every stage. */
    SLIM,
    /** {@code python:<v>-alpine} for every stage. */
    ALPINE,
    /**
     * Debian 12's own Python 3.11 for building, {@code gcr.io/distroless/python3-debian12} for running:
     * the virtualenv links to {@code /usr/bin/python3}, which both have.
     */
    DISTROLESS
  }

  /** How the app is started. */
  public enum Server {
    /** {@code uvicorn module:app --host 0.0.0.0 --port N}, for ASGI apps. */
    UVICORN,
    /** {@code gunicorn --bind 0.0.0.0:N module:app}, for WSGI apps. */
    GUNICORN,
    /** {@code python -m module}: the module serves by itself. */
    MODULE
  }

  /** Checks every option. */
  public PythonOptions {
    PresetSupport.checkArgument(pythonVersion != null && pythonVersion.matches("3\\.[0-9]{1,2}(\\.[0-9]{1,2})?"),
        "python version '%s' is not a Python 3 version; use e.g. 3.11 or 3.11.9", pythonVersion);
    Objects.requireNonNull(dependencyTool, "dependencyTool == null");
    requirementsFiles = List.copyOf(Objects.requireNonNull(requirementsFiles, "requirementsFiles == null"));
    PresetSupport.checkArgument(!requirementsFiles.isEmpty(),
        "requirements files '[]' are empty; name at least one, e.g. requirements.txt");
    for (String file : requirementsFiles) {
      PresetSupport.checkArgument(file != null && file.matches("[A-Za-z0-9_][A-Za-z0-9_./-]*")
          && !file.contains(".."), "requirements file '%s' is not a relative path; use e.g. requirements.txt", file);
    }
    PresetSupport.checkArgument(toolVersion != null && toolVersion.matches("[0-9]+(\\.[0-9]+){1,2}"),
        "tool version '%s' is not a version; use e.g. 1.8.5", toolVersion);
    Objects.requireNonNull(variant, "variant == null");
    PresetSupport.checkArgument(variant != Variant.DISTROLESS || majorMinor(pythonVersion).equals(DISTROLESS_PYTHON),
        "python version '%s' is not available on distroless; gcr.io/distroless/python3-debian12 has Python %s",
        pythonVersion, DISTROLESS_PYTHON);
    PresetSupport.checkArgument(module != null && module.matches("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*"),
        "module '%s' is not a Python module name; use e.g. app.main", module);
    PresetSupport.checkArgument(appObject != null && appObject.matches("[A-Za-z_][A-Za-z0-9_]*(\\(\\))?"),
        "app object '%s' is not a Python name; use e.g. app, or create_app() for a factory", appObject);
    Objects.requireNonNull(server, "server == null");
    PresetSupport.checkArgument(port >= 1 && port <= 65535, "port '%d' is out of range; ports are 1 to 65535", port);
    Objects.requireNonNull(healthcheckPath, "healthcheckPath == null").ifPresent(p -> PresetSupport.checkArgument(
        p.matches("/[A-Za-z0-9_./?=&-]*"), "healthcheck path '%s' is not a URL path; use e.g. /health", p));
    Objects.requireNonNull(common, "common == null");
    serverOptions = List.copyOf(Objects.requireNonNull(serverOptions, "serverOptions == null"));
    for (String option : serverOptions) {
      PresetSupport.checkArgument(option != null && !option.isEmpty() && option.chars().noneMatch(Character::isISOControl),
          "server option '%s' is empty or has control characters; write one argument per option, e.g. --workers, 4",
          option);
    }
    PresetSupport.checkArgument(!tini || variant != Variant.DISTROLESS,
        "tini needs a package manager in the runtime image and the DISTROLESS variant has none; use SLIM or ALPINE, "
            + "or start the container with docker run --init");
  }

  /**
   * Starts from the defaults: Python 3.11, pip with {@code requirements.txt}, slim, no compilers,
   * {@code uvicorn app.main:app} on port 8000, {@code /health}.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** The major and minor version, for image names that only take them. */
  public String majorMinorVersion() {
    return majorMinor(pythonVersion);
  }

  /**
   * The id of the build secret that holds the credentials: {@code pip_index_url} (the index URL with
   * credentials) for pip, {@code poetry_auth} (an {@code auth.toml}) for Poetry, {@code netrc} for uv and PDM.
   */
  public String secretId() {
    switch (dependencyTool) {
      case POETRY: return "poetry_auth";
      case UV, PDM: return "netrc";
      default: return "pip_index_url";
    }
  }

  private static String majorMinor(String version) {
    String[] parts = version.split("\\.");
    return parts[0] + "." + parts[1];
  }

  /** Collects options. */
  public static final class Builder {
    private String pythonVersion = "3.11";
    private DependencyTool dependencyTool = DependencyTool.PIP;
    private List<String> requirementsFiles = List.of("requirements.txt");
    private String toolVersion;
    private boolean installProject;
    private Variant variant = Variant.SLIM;
    private boolean compilers;
    private String module = "app.main";
    private String appObject = "app";
    private Server server = Server.UVICORN;
    private int port = 8000;
    private Optional<String> healthcheckPath = Optional.of("/health");
    private boolean privateIndex;
    private CommonOptions common = CommonOptions.DEFAULTS;
    private List<String> serverOptions = List.of();
    private boolean tini;

    private Builder() {}

    /** Sets the Python version. */
    public Builder pythonVersion(String value) {
      pythonVersion = value;
      return this;
    }

    /** Installs with pip from these requirements files, in order. */
    public Builder pip(String... files) {
      dependencyTool = DependencyTool.PIP;
      requirementsFiles = List.of(files);
      return this;
    }

    /** Installs with Poetry from {@code pyproject.toml} and {@code poetry.lock}; Poetry 1.8.5 unless set. */
    public Builder poetry() {
      dependencyTool = DependencyTool.POETRY;
      return this;
    }

    /** Installs with uv from {@code pyproject.toml} and {@code uv.lock}; uv 0.5.11 unless set. */
    public Builder uv() {
      dependencyTool = DependencyTool.UV;
      return this;
    }

    /** Installs with PDM from {@code pyproject.toml} and {@code pdm.lock}; PDM 2.22.3 unless set. */
    public Builder pdm() {
      dependencyTool = DependencyTool.PDM;
      return this;
    }

    /** Installs the project itself (a package) into the virtualenv after its dependencies. */
    public Builder installProject() {
      installProject = true;
      return this;
    }

    /** Pins the version of Poetry, uv or PDM installed in the builder. */
    public Builder toolVersion(String value) {
      toolVersion = value;
      return this;
    }

    /** Sets the base image family. */
    public Builder variant(Variant value) {
      variant = value;
      return this;
    }

    /** Installs a C toolchain in the builder (never in the runtime) for packages built from source. */
    public Builder compilers(boolean value) {
      compilers = value;
      return this;
    }

    /** Sets the app module, such as {@code app.main}. */
    public Builder module(String value) {
      module = value;
      return this;
    }

    /** Sets the ASGI or WSGI object uvicorn or gunicorn serves. */
    public Builder appObject(String value) {
      appObject = value;
      return this;
    }

    /** Sets how the app is started. */
    public Builder server(Server value) {
      server = value;
      return this;
    }

    /** Sets the port. */
    public Builder port(int value) {
      port = value;
      return this;
    }

    /** Sets the healthcheck path. */
    public Builder healthcheckPath(String value) {
      healthcheckPath = Optional.of(value);
      return this;
    }

    /** Turns the healthcheck off, for workers without HTTP. */
    public Builder noHealthcheck() {
      healthcheckPath = Optional.empty();
      return this;
    }

    /** Installs from a private index with credentials passed as a build secret; see {@link #secretId()}. */
    public Builder privateIndex() {
      privateIndex = true;
      return this;
    }

    /** Sets labels, user ids and frontend level. */
    public Builder common(CommonOptions value) {
      common = value;
      return this;
    }

    /** Replaces the arguments after the start command, one per argument: {@code serverOptions("--workers", "4")}. */
    public Builder serverOptions(String... options) {
      serverOptions = java.util.Arrays.asList(options);
      return this;
    }

    /** Adds arguments after those already set, such as {@code addServerOptions("--proxy-headers")}. */
    public Builder addServerOptions(String... options) {
      List<String> all = new java.util.ArrayList<>(serverOptions);
      all.addAll(java.util.Arrays.asList(options));
      serverOptions = all;
      return this;
    }

    /**
     * Runs {@code tini} as PID 1, which starts the server, forwards signals to it and reaps zombies;
     * installed from the runtime image's distribution in the one package layer.
     */
    public Builder tini() {
      tini = true;
      return this;
    }

    /** The options. */
    public PythonOptions build() {
      String tool = toolVersion != null ? toolVersion : switch (dependencyTool) {
        case UV -> "0.5.11";
        case PDM -> "2.22.3";
        default -> "1.8.5";
      };
      return new PythonOptions(pythonVersion, dependencyTool, requirementsFiles, tool, installProject, variant, compilers, module,
          appObject, server, port, healthcheckPath, privateIndex, common, serverOptions, tini);
    }
  }
}
