package io.github.dockerdsl.rule.catalog;

import io.github.dockerdsl.instruction.Add;
import io.github.dockerdsl.instruction.Copy;
import io.github.dockerdsl.instruction.Instruction;
import io.github.dockerdsl.rule.RuleContext;
import io.github.dockerdsl.rule.Severity;
import io.github.dockerdsl.rule.ViolationSink;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * DF009: a file copied into a layer stays in the image even when a later step deletes it, so
 * credentials files must never be copied; a secret mount gives a build step the file without storing it.
 */
public final class NoSecretFilesCopied extends BaseRule {
  /** Exact file names, lower case, and what they hold. */
  private static final Map<String, String> NAMES = Map.ofEntries(
      Map.entry(".env", "a dotenv file, usually with credentials"),
      Map.entry(".envrc", "a direnv file, usually with credentials"),
      Map.entry("id_rsa", "an SSH private key"),
      Map.entry("id_dsa", "an SSH private key"),
      Map.entry("id_ecdsa", "an SSH private key"),
      Map.entry("id_ed25519", "an SSH private key"),
      Map.entry(".ssh", "a directory of SSH keys"),
      Map.entry(".gnupg", "a directory of GPG private keys"),
      Map.entry(".aws", "a directory of AWS credentials"),
      Map.entry(".npmrc", "an npm configuration, usually with a registry token"),
      Map.entry(".pypirc", "a PyPI configuration with upload credentials"),
      Map.entry(".netrc", "a netrc file with passwords"),
      Map.entry("_netrc", "a netrc file with passwords"),
      Map.entry(".git-credentials", "stored git credentials"),
      Map.entry(".pgpass", "a PostgreSQL password file"),
      Map.entry(".vault-token", "a Vault token"),
      Map.entry(".dockercfg", "Docker registry credentials"),
      Map.entry("settings-security.xml", "the Maven master password"));

  /**
   * Paths whose last components identify the file, and what they hold. A list walked by index, not a
   * map's entries: every COPY source is tested, and no path ends in two of them, so the order is free.
   */
  private static final List<Map.Entry<String, String>> PATHS = List.of(
      Map.entry(".aws/credentials", "AWS credentials"),
      Map.entry(".docker/config.json", "Docker registry credentials"),
      Map.entry(".kube/config", "a Kubernetes config with cluster credentials"),
      Map.entry(".config/gcloud/credentials.db", "Google Cloud credentials"));

  /** Suffixes of private keys and keystores, and what they hold: each a dot and three characters. */
  private static final List<Map.Entry<String, String>> SUFFIXES = List.of(
      Map.entry(".pem", "a PEM file, usually a private key"),
      Map.entry(".key", "a private key"),
      Map.entry(".p12", "a PKCS#12 keystore with a private key"),
      Map.entry(".pfx", "a PKCS#12 keystore with a private key"),
      Map.entry(".ppk", "a PuTTY private key"));

  /** Dotenv files that are templates, meant to be committed and copied. */
  private static final Set<String> ENV_TEMPLATES = Set.of("example", "sample", "template", "dist", "defaults");

  /** Name tokens that mark a .pem file as a certificate, which is public. */
  private static final Set<String> CERTIFICATE_TOKENS = Set.of("ca", "cert", "certs", "certificate",
      "certificates", "chain", "fullchain", "bundle", "pub", "public", "root", "trust", "truststore");

  /** Creates the rule; use {@code Rules.NO_SECRET_FILES_COPIED}. */
  public NoSecretFilesCopied() {
    super("DF009", "NoSecretFilesCopied", Severity.ERROR,
        "COPY and ADD never copy credentials files such as .env, private keys or .npmrc",
        seeAlso(List.of(), List.of(), List.of("DS-0031"), List.of()));
  }

  @Override
  public void check(RuleContext context, ViolationSink sink) {
    InstructionWalk walk = InstructionWalk.of(context);
    for (int k = 0; k < walk.size(); k++) {
      int s = walk.stage(k);
      int i = walk.index(k);
      Instruction instruction = walk.instruction(k);
      List<String> sources = instruction instanceof Copy ? ((Copy) instruction).sources()
          : instruction instanceof Add ? ((Add) instruction).sources() : List.of();
      for (int j = 0; j < sources.size(); j++) {
        String source = sources.get(j);
        if (instruction instanceof Add && FilePaths.isRemote(source)) {
          continue;
        }
        Optional<String> what = secretFile(source);
        if (what.isPresent()) {
          sink.report(s, i, message(instruction.keyword(), source, what.get()), fix(context, source));
        }
      }
    }
  }

  /** What secret the path holds, judged by its name; empty for ordinary files. */
  static Optional<String> secretFile(String path) {
    String normalized = FilePaths.normalized(path).toLowerCase(Locale.ROOT);
    String name = FilePaths.fileName(normalized);
    for (int p = 0; p < PATHS.size(); p++) {
      Map.Entry<String, String> e = PATHS.get(p);
      if (isLastComponents(normalized, e.getKey())) {
        return Optional.of(e.getValue());
      }
    }
    if (NAMES.containsKey(name)) {
      return Optional.of(NAMES.get(name));
    }
    if (name.startsWith(".env.") || name.startsWith(".env*")) {
      String suffix = name.substring(5);
      return ENV_TEMPLATES.contains(suffix) ? Optional.empty() : Optional.of("a dotenv file, usually with credentials");
    }
    if (name.length() < 4 || name.charAt(name.length() - 4) != '.') {
      return Optional.empty(); // no suffix can match
    }
    for (int p = 0; p < SUFFIXES.size(); p++) {
      Map.Entry<String, String> e = SUFFIXES.get(p);
      if (name.endsWith(e.getKey()) && !(e.getKey().equals(".pem") && isCertificate(name))) {
        return Optional.of(e.getValue());
      }
    }
    return Optional.empty();
  }

  /** True for {@code key} itself or a path ending in {@code /key}, tested without building {@code "/" + key}. */
  private static boolean isLastComponents(String path, String key) {
    int at = path.length() - key.length();
    return path.endsWith(key) && (at == 0 || path.charAt(at - 1) == '/');
  }

  private static boolean isCertificate(String name) {
    for (String token : SecretNames.tokens(name.substring(0, name.length() - 4))) {
      if (CERTIFICATE_TOKENS.contains(token)) {
        return true;
      }
    }
    return false;
  }

  /** The message: the instruction, the source and what it holds. */
  static String message(String keyword, String source, String what) {
    return keyword + " of '" + source + "' (" + what + ") stores it in a layer of the image, "
        + "where anyone who can pull the image can read it";
  }

  // compiled once: String.replaceAll compiles its regex on every call

  /** The fix: a secret mount, and .dockerignore. */
  static String fix(RuleContext context, String source) {
    String name = FilePaths.fileName(FilePaths.normalized(source));
    String id = Patterns.OTHER_CHARS.matcher(Patterns.LEADING_DOTS.matcher(name).replaceAll("")).replaceAll("_");
    return "give the file only to the RUN that needs it: " + Fixes.pick(context,
        ".run(Run.of(...).withMount(SecretMount.of(\"" + id + "\").withTarget(\"<path the tool reads>\"))), i.e. "
            + "RUN --mount=type=secret,id=" + id,
        "RUN --mount=type=secret,id=" + id + ",target=<path the tool reads> ...")
        + ", built with docker build --secret id=" + id + ",src=" + source
        + "; keep the file out of the context with .dockerignore";
  }

  /**
   * Compiled on first use, not when the rule is built: only findings and rare forms need them, and a
   * short process builds every rule at start, in the interpreter (docs/performance.md, fifth round).
   */
  private static final class Patterns {
    static final Pattern LEADING_DOTS = Pattern.compile("^[._]+");
    static final Pattern OTHER_CHARS = Pattern.compile("[^A-Za-z0-9_-]");
  }
}
