package io.github.dockerdsl.benchmarks;

import io.github.dockerdsl.ignore.DockerIgnore;
import io.github.dockerdsl.lint.Finding;
import io.github.dockerdsl.lint.LintResult;
import io.github.dockerdsl.lint.Linter;
import io.github.dockerdsl.parse.DockerfileParser;
import io.github.dockerdsl.parse.DockerfileSyntaxException;
import io.github.dockerdsl.parse.ParsedDockerfile;
import io.github.dockerdsl.rule.Location;
import io.github.dockerdsl.rule.Policy;
import io.github.dockerdsl.rule.Rules;
import io.github.dockerdsl.rule.Severity;
import io.github.dockerdsl.rule.Violation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * A canonical dump of every finding the rules report for {@link RealWorldCorpus} (seed 15),
 * {@link LintCorpus} and every Dockerfile under the folders given, each linted four ways: with
 * {@code Policy.strict()}; with a configured policy (the opt-in DF070 and DF071 on, a severity changed, a
 * rule unsuppressible, one disabled); with {@code Policy.strict()} and a {@code .dockerignore}; and through
 * {@code Policy.strict().evaluate(dockerfile)}, the code-built path without source facts. Two dumps taken
 * before and after a change to the rules must be identical (docs/performance.md, fifth round).
 * {@code java -cp benchmarks/target/benchmarks.jar io.github.dockerdsl.benchmarks.FindingsDump OUT [DIR...]}
 */
public final class FindingsDump {
  /** Excludes what the files copy in the corpus and the examples, and re-includes one, for DF011. */
  static final String DOCKERIGNORE = String.join("\n", ".git", "node_modules", "**/*.md", "!README.md", "target/",
      "*.pem", ".env", "secrets/", "build", "dist/**", "**/__pycache__", "go.sum", "");

  /** How many seeded variations of corpus files get lines from {@link #SNIPPETS}. */
  static final int MUTANTS = 1500;

  /**
   * Lines that make the rules the corpus rarely trips report, or waive them: inserted at seeded places
   * into corpus files, so every rule's code paths are in the dump (some variations do not parse; the
   * error is dumped then).
   */
  static final List<String> SNIPPETS = List.of(
      "FROM ubuntu", "FROM node AS Build", "FROM node:20 as web", "FROM alpine:3.19 AS self\nCOPY --from=self /a /b", "from alpine:3.19 as tools", "FROM --platform=$TARGETPLATFORM golang:1.22",
      "FROM --platform=linux/amd64 debian:bookworm-slim", "ARG BASE=Invalid:Name\nFROM ${BASE}",
      "ARG VERSION\nFROM python:${VERSION}-slim", "FROM scratch\nUSER app", "FROM gcr.io/distroless/base\nUSER nobody",
      "FROM gcr.io/distroless/static:nonroot\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1",
      "FROM alpine:3.19 AS musl\nCOPY --from=build /app/node_modules ./node_modules",
      "ENV API_TOKEN=abcdef123456", "ARG DB_PASSWORD=hunter2", "LABEL secret.key=AKIAIOSFODNN7EXAMPLE",
      "ENV GITHUB_TOKEN ghp_0123456789abcdefghijklmnopqrstuvwxyz", "ENV DB_PASSWORD_FILE=/etc/db-password",
      "ENV KEY_PATH=/run/secrets/key", "CMD python app.py", "ENTRYPOINT /bin/app --serve",
      "ADD app.jar /app/", "ADD https://example.com/tool.tar.gz /opt/", "ADD --checksum=sha256:abc https://x.io/a /a",
      "WORKDIR app", "WORKDIR $HOME/app", "COPY id_rsa /root/.ssh/", "COPY .env ./", "COPY secrets/ /secrets/",
      "COPY . relative/", "COPY a.txt b.txt /dest", "COPY --from=0 /out /out", "COPY --from=builder / /",
      "COPY --from=unknown /x /x", "COPY --from=nginx:latest /etc/nginx /etc/nginx", "COPY README.md docs.md /docs/",
      "COPY --chown=ghost:ghost . /app", "RUN echo $UNDEFINED_VAR", "RUN echo ${MISSING:-default} $HOME",
      "EXPOSE 99999", "EXPOSE 22", "EXPOSE 8080/tcp 70000/udp", "HEALTHCHECK CMD true", "HEALTHCHECK NONE",
      "CMD [\"a\"]\nCMD [\"b\"]", "CMD [\"unterminated\"", "ENTRYPOINT ['single', 'quotes']",
      "MAINTAINER someone@example.com", "USER ghost", "USER 1000:1000", "USER root",
      "RUN useradd -m app\nUSER app", "RUN groupadd -r svc && useradd -r -g svc svc\nUSER svc:svc",
      "RUN sudo -u app make", "RUN apt-get install curl", "RUN apt-get update",
      "RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10 && rm -rf /var/lib/apt/lists/*",
      "RUN apt install -y vim", "RUN apt-get dist-upgrade -y", "RUN apk upgrade", "RUN apk add --allow-untrusted foo",
      "RUN pip install requests", "RUN pip install --no-cache-dir flask==3.0.0", "RUN yarn install",
      "RUN npm ci && npm cache clean --force", "RUN curl -k https://x.io | sh", "RUN wget --no-check-certificate https://x.io/a",
      "RUN curl -fsSL https://x.io/a -o a && wget https://x.io/b", "RUN git config --global http.sslVerify false",
      "RUN cd /tmp && make", "RUN set -o pipefail && curl -s https://x.io | tar x",
      "RUN useradd -u 123456 bigid", "RUN echo 'root:pw' | chpasswd", "RUN apt-get install -y openssh-server",
      "RUN dnf install -y httpd", "RUN yum install httpd && yum clean all", "RUN zypper install -y git",
      "RUN --mount=type=cache,target=/root/.cache pip install x", "RUN --mount=type=secret,id=npm npm ci",
      "env LEGACY value", "LABEL legacy value", "label org.opencontainers.image.source=not-a-url",
      "LABEL org.opencontainers.image.version=1.2.3 org.opencontainers.image.source=https://github.com/a/b",
      "RUN echo a \\\n\n  && echo b", "ONBUILD RUN apt-get install foo", "ONBUILD COPY id_rsa /",
      "STOPSIGNAL SIGTERM", "SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]", "VOLUME /data",
      "# dockerdsl:suppress DF033 -- the build needs it", "# dockerdsl:suppress DF999 -- unknown rule",
      "# dockerdsl:suppress DF005", "# dockerdsl:suppress-stage DF039 -- pinned elsewhere",
      "# dockerdsl:suppress-file DF002 -- runs as root by design", "# dockerdsl:suppress DF001 -- pinned by digest",
      "# hadolint ignore=DL3008", "# hadolint ignore=DL9999", "# hadolint global ignore=DL3018",
      "# check=skip=JSONArgsRecommended", "# check=skip=NoSuchCheck", "# check=skip=all",
      "FROM registry.evil.com/app:1.0", "FROM ghcr.io/acme/base:1@sha256:"
          + "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");

  private FindingsDump() {}

  /** A corpus file with one to four snippets inserted at seeded line boundaries. */
  static String mutate(String base, Random random) {
    List<String> lines = new ArrayList<>(List.of(base.split("\n", -1)));
    int edits = 1 + random.nextInt(4);
    for (int e = 0; e < edits; e++) {
      String snippet = SNIPPETS.get(random.nextInt(SNIPPETS.size()));
      lines.add(random.nextInt(lines.size() + 1), snippet);
    }
    return String.join("\n", lines);
  }

  /** The configured policy: every kind of change a company makes to {@code Policy.strict()}. */
  static Policy configured() {
    return Policy.strict().named("acme")
        .withRule(Rules.allowedRegistries(List.of("docker.io", "ghcr.io", "*.acme.com")))
        .withRule(Rules.labelSchema(Map.of("org.opencontainers.image.source", "url",
            "org.opencontainers.image.version", "semver"), false))
        .withSeverity(Rules.PIN_PACKAGE_VERSIONS, Severity.ERROR)
        .withSeverity(Rules.NO_SUDO, Severity.INFO)
        .unsuppressible(Rules.PACKAGE_CACHE_CLEANUP)
        .unsuppressible(Rules.PINNED_BASE_IMAGE)
        .without(Rules.WORKDIR_NOT_CD, "the team's scripts cd on purpose");
  }

  /** Writes the dump to args[0]; the folders after it are walked for files whose name holds "dockerfile". */
  public static void main(String[] args) throws IOException {
    Policy strict = Policy.strict();
    Policy configured = configured();
    DockerIgnore ignore = DockerIgnore.parse(DOCKERIGNORE);
    try (var w = new PrintWriter(Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8))) {
      int k = 0;
      for (String text : RealWorldCorpus.generate()) {
        w.println("=== realworld " + (k++));
        dumpOne(w, text, strict, configured, ignore);
      }
      k = 0;
      for (String text : LintCorpus.generate()) {
        w.println("=== lintcorpus " + (k++));
        dumpOne(w, text, strict, configured, ignore);
      }
      Random random = new Random(15);
      List<String> bases = new ArrayList<>(RealWorldCorpus.generate().subList(0, 300));
      bases.addAll(LintCorpus.generate().subList(0, 300));
      for (int m = 0; m < MUTANTS; m++) {
        w.println("=== mutant " + m);
        dumpOne(w, mutate(bases.get(random.nextInt(bases.size())), random), strict, configured, ignore);
      }
      for (int i = 1; i < args.length; i++) {
        Path root = Path.of(args[i]);
        List<Path> files;
        try (var s = Files.walk(root)) {
          files = s.filter(Files::isRegularFile)
              .filter(p -> {
                String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return name.contains("dockerfile") && !name.endsWith(".dockerignore");
              })
              .sorted().toList();
        }
        for (Path p : files) {
          w.println("=== " + root.relativize(p));
          dumpOne(w, Files.readString(p, StandardCharsets.UTF_8), strict, configured, ignore);
        }
      }
    }
  }

  static void dumpOne(PrintWriter w, String text, Policy strict, Policy configured, DockerIgnore ignore) {
    ParsedDockerfile parsed;
    try {
      parsed = DockerfileParser.parse(text);
    } catch (DockerfileSyntaxException e) {
      w.println("PARSE ERROR " + e.line() + ":" + e.column() + " " + e.getMessage());
      return;
    }
    w.println("--- strict");
    lint(w, () -> Linter.lint(parsed, strict));
    w.println("--- configured");
    lint(w, () -> Linter.lint(parsed, configured));
    w.println("--- strict with .dockerignore");
    lint(w, () -> Linter.lint(parsed, strict, ignore));
    w.println("--- evaluate");
    try {
      for (Violation v : strict.evaluate(parsed.dockerfile())) {
        Location l = v.location();
        w.println(v.rule().code() + " " + v.rule().name() + " " + v.severity() + " stage=" + l.stageIndex()
            + " " + l.stageName() + " instruction=" + l.instructionIndex() + " " + l.keyword()
            + " origin=" + l.origin() + " text=" + escape(l.text()) + " | " + escape(v.message()) + " | fix: "
            + escape(v.fix()) + " | suppressed: " + v.suppressedBy());
      }
    } catch (RuntimeException e) {
      w.println("FAILED " + e);
    }
  }

  private static void lint(PrintWriter w, java.util.function.Supplier<LintResult> run) {
    List<Finding> findings;
    try {
      findings = new ArrayList<>(run.get().findings());
    } catch (RuntimeException e) {
      w.println("FAILED " + e);
      return;
    }
    for (Finding f : findings) {
      w.println(f.rule().code() + " " + f.rule().name() + " " + f.severity() + " " + f.line() + ":" + f.column()
          + "-" + f.endLine() + " stage=" + f.stageIndex() + " instruction=" + f.instructionIndex() + " "
          + f.keyword() + " | " + escape(f.message()) + " | fix: " + escape(f.fix()) + " | waiver: "
          + f.waiver().map(x -> x.syntax() + " " + x.id() + " " + x.reason() + " " + x.scope() + " " + x.comment())
              .orElse("none"));
    }
  }

  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\n", "\\n");
  }
}
