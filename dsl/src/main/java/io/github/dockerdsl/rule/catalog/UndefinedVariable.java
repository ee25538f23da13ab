package io.github.dockerdsl.rule.catalog;

import io.github.dockerdsl.Dockerfile;
import io.github.dockerdsl.Stage;
import io.github.dockerdsl.image.BaseImage;
import io.github.dockerdsl.image.ImageRef;
import io.github.dockerdsl.instruction.Add;
import io.github.dockerdsl.instruction.Arg;
import io.github.dockerdsl.instruction.Copy;
import io.github.dockerdsl.instruction.Env;
import io.github.dockerdsl.instruction.Instruction;
import io.github.dockerdsl.instruction.KeyValue;
import io.github.dockerdsl.instruction.Label;
import io.github.dockerdsl.instruction.Raw;
import io.github.dockerdsl.instruction.User;
import io.github.dockerdsl.instruction.UserSpec;
import io.github.dockerdsl.instruction.Volume;
import io.github.dockerdsl.instruction.Workdir;
import io.github.dockerdsl.rule.RuleContext;
import io.github.dockerdsl.rule.Severity;
import io.github.dockerdsl.rule.ViolationSink;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * DF014: an undefined variable expands to an empty string without any error, so {@code WORKDIR
 * /opt/$APP} quietly becomes {@code /opt/}. Global ARGs are the usual trap: a stage sees them only
 * after {@code ARG NAME} re-declares them. Shell scripts in RUN are left to the shell.
 */
public final class UndefinedVariable extends BaseRule {
  /** ARGs the builder defines; they still need {@code ARG X} in a stage, but their names are never wrong. */
  static final Set<String> PREDEFINED = Set.of("HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy",
      "FTP_PROXY", "ftp_proxy", "NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy", "TARGETPLATFORM", "TARGETOS",
      "TARGETARCH", "TARGETVARIANT", "BUILDPLATFORM", "BUILDOS", "BUILDARCH", "BUILDVARIANT", "SOURCE_DATE_EPOCH");

  /** Variables that BuildKit or common base images set, so an image base may well define them. */
  static final Set<String> IMAGE_ENV = Set.of("HOME", "HOSTNAME", "TERM", "LANG", "LANGUAGE", "LC_ALL", "USER",
      "SHELL", "PWD", "LD_LIBRARY_PATH", "SSL_CERT_FILE", "SSL_CERT_DIR", "JAVA_HOME", "JAVA_VERSION",
      "NODE_VERSION", "YARN_VERSION", "PYTHON_VERSION", "PYTHON_SHA256", "GPG_KEY", "GOPATH", "GOLANG_VERSION",
      "GOTOOLCHAIN", "CARGO_HOME", "RUSTUP_HOME", "RUST_VERSION", "GEM_HOME", "BUNDLE_PATH", "BUNDLE_APP_CONFIG",
      "RUBY_VERSION", "PHP_INI_DIR", "PHP_VERSION", "MAVEN_HOME", "MAVEN_CONFIG", "GRADLE_HOME", "GRADLE_VERSION",
      "CATALINA_HOME", "TOMCAT_VERSION", "NGINX_VERSION");

  /** Creates the rule; use {@code Rules.UNDEFINED_VARIABLE}. */
  public UndefinedVariable() {
    super("DF014", "UndefinedVariable", Severity.ERROR,
        "Variables in FROM, ENV, ARG, LABEL, WORKDIR, COPY, ADD, USER, EXPOSE and VOLUME are defined before use",
        seeAlso(List.of("DL3044"), List.of("UndefinedVar", "UndefinedArgInFrom"), List.of(), List.of()));
  }

  @Override
  public void check(RuleContext context, ViolationSink sink) {
    Dockerfile dockerfile = context.dockerfile();
    char escape = dockerfile.directives().escapeCharacter();
    Set<String> globals = new HashSet<>();
    List<Instruction> preamble = dockerfile.preamble();
    for (int i = 0; i < preamble.size(); i++) {
      if (preamble.get(i) instanceof Arg) {
        Arg arg = (Arg) preamble.get(i);
        if (arg.defaultValue().isPresent()) {
          for (String name : references(List.of(arg.defaultValue().get()), escape, false)) {
            if (!globals.contains(name) && !PREDEFINED.contains(name)) {
              sink.report(-1, i, inGlobalArg(name, arg.name()), globalFix(context, name));
            }
          }
        }
        globals.add(arg.name());
      }
    }
    List<Stage> stages = dockerfile.stages();
    for (int s = 0; s < stages.size(); s++) {
      checkFrom(context, stages.get(s), s, globals, escape, sink);
      checkStage(context, stages.get(s), s, globals, escape, sink);
    }
  }

  private static void checkFrom(RuleContext context, Stage stage, int s, Set<String> globals, char escape,
      ViolationSink sink) {
    List<String> texts = new ArrayList<>();
    if (stage.base() instanceof ImageRef image && Variables.mayHoldVariable(image)) {
      texts.add(image.toString());
    }
    if (stage.platform().isPresent()) {
      texts.add(stage.platform().get().toString());
    }
    for (String name : references(texts, escape, false)) {
      if (!globals.contains(name) && !PREDEFINED.contains(name)) {
        sink.report(s, -1, inFrom(name), globalFix(context, name));
      }
    }
  }

  private static void checkStage(RuleContext context, Stage stage, int s, Set<String> globals, char escape,
      ViolationSink sink) {
    Set<String> defined = new HashSet<>();
    // a stage FROM an earlier stage inherits its ENV and, in BuildKit, the ARGs it declared too
    List<Stage> ancestors = StageChains.ancestors(context, stage);
    for (int a = 0; a < ancestors.size(); a++) {
      List<Instruction> inherited = ancestors.get(a).instructions();
      for (int k = 0; k < inherited.size(); k++) {
        Instruction i = inherited.get(k);
        if (i instanceof Env env) {
          addKeys(env, defined);
        } else if (i instanceof Arg arg) {
          defined.add(arg.name());
        }
      }
    }
    BaseImage root = StageChains.root(context, stage);
    boolean imageBase = root instanceof ImageRef;
    List<Instruction> instructions = stage.instructions();
    for (int i = 0; i < instructions.size(); i++) {
      Instruction instruction = instructions.get(i);
      boolean paths = !(instruction instanceof Env || instruction instanceof Arg || instruction instanceof Label);
      for (String name : references(uses(instruction), escape, paths)) {
        if (defined.contains(name) || PREDEFINED.contains(name) || name.equals("PATH")
            || imageBase && IMAGE_ENV.contains(name)) {
          continue;
        }
        if (instruction instanceof Env env && selfReference(env, name, escape)) {
          sink.report(s, i, selfEnv(name, globals.contains(name)), selfEnvFix(context, name));
        } else if (instruction instanceof Env env && isKey(env, name)) {
          sink.report(s, i, sameEnv(name), sameEnvFix(context, name));
        } else if (globals.contains(name)) {
          sink.report(s, i, notRedeclared(context, name, instruction.keyword(), stage), redeclareFix(context, name));
        } else {
          sink.report(s, i, undefined(name, instruction.keyword(), imageBase ? Optional.of(root.toString())
              : Optional.empty()), undefinedFix(context, name));
        }
      }
      if (instruction instanceof Arg) {
        defined.add(((Arg) instruction).name());
      } else if (instruction instanceof Env env) {
        addKeys(env, defined);
      }
    }
  }

  /** {@code ENV NPM_TOKEN=${NPM_TOKEN}}: the key's own value reads a variable of the same name. */
  private static boolean selfReference(Env env, String name, char escape) {
    for (KeyValue kv : env.entries()) {
      if (kv.key().equals(name) && references(List.of(kv.value()), escape, false).contains(name)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isKey(Env env, String name) {
    for (KeyValue kv : env.entries()) {
      if (kv.key().equals(name)) {
        return true;
      }
    }
    return false;
  }

  // loops, not forEach with lambdas, on this path: every ENV of every stage comes through here
  private static void addKeys(Env env, Set<String> out) {
    List<KeyValue> entries = env.entries();
    for (int k = 0; k < entries.size(); k++) {
      out.add(entries.get(k).key());
    }
  }

  /**
   * The texts in which the builder expands variables; RUN, CMD and the like are left to the shell. Only
   * the texts with a {@code $}, as no other text has a reference: most instructions then make no list.
   */
  private static List<String> uses(Instruction instruction) {
    List<String> out = null;
    if (instruction instanceof Env env) {
      List<KeyValue> entries = env.entries();
      for (int k = 0; k < entries.size(); k++) {
        out = add(out, entries.get(k).value());
      }
    } else if (instruction instanceof Arg arg) {
      if (arg.defaultValue().isPresent()) {
        out = add(out, arg.defaultValue().get());
      }
    } else if (instruction instanceof Label) {
      List<KeyValue> entries = ((Label) instruction).entries();
      for (int k = 0; k < entries.size(); k++) {
        out = add(out, entries.get(k).key());
        out = add(out, entries.get(k).value());
      }
    } else if (instruction instanceof Workdir) {
      out = add(out, ((Workdir) instruction).path());
    } else if (instruction instanceof Copy) {
      Copy copy = (Copy) instruction;
      out = addAll(out, copy.sources());
      out = add(out, copy.destination());
      if (copy.chown().isPresent()) {
        out = addUser(copy.chown().get(), out);
      }
    } else if (instruction instanceof Add) {
      Add add = (Add) instruction;
      out = addAll(out, add.sources());
      out = add(out, add.destination());
      if (add.chown().isPresent()) {
        out = addUser(add.chown().get(), out);
      }
    } else if (instruction instanceof User) {
      out = addUser(((User) instruction).user(), out);
    } else if (instruction instanceof Volume) {
      out = addAll(out, ((Volume) instruction).paths());
    } else if (instruction instanceof Raw && instruction.keyword().equals("EXPOSE")) {
      out = add(out, ((Raw) instruction).arguments());
    }
    return out == null ? List.of() : out;
  }

  /** {@code out} with {@code text} added when it has a {@code $}; made on the first such text. */
  private static List<String> add(List<String> out, String text) {
    if (text.indexOf('$') < 0) {
      return out;
    }
    List<String> list = out == null ? new ArrayList<>() : out;
    list.add(text);
    return list;
  }

  private static List<String> addAll(List<String> out, List<String> texts) {
    List<String> list = out;
    for (int i = 0; i < texts.size(); i++) {
      list = add(list, texts.get(i));
    }
    return list;
  }

  private static List<String> addUser(UserSpec user, List<String> out) {
    List<String> list = add(out, user.user());
    if (user.group().isPresent()) {
      list = add(list, user.group().get());
    }
    return list;
  }

  /**
   * The variables a text needs, in order, once each: {@code $NAME}, {@code ${NAME}} and the
   * {@code ${NAME#..}}-style forms; {@code ${NAME:-x}}, {@code ${NAME-x}} and {@code ${NAME:+x}} have a
   * fallback and are not needed. With {@code escapes}, the escape character before {@code $} makes it literal.
   */
  static Set<String> references(List<String> texts, char escape, boolean escapes) {
    Set<String> out = null; // made for the first name: most texts have none
    for (int t = 0; t < texts.size(); t++) {
      String text = texts.get(t);
      int i = text.indexOf('$') < 0 ? text.length() : 0;
      while (i < text.length()) {
        char c = text.charAt(i);
        if (escapes && c == escape) {
          i += 2;
          continue;
        }
        if (c != '$' || i + 1 >= text.length()) {
          i++;
          continue;
        }
        boolean braced = text.charAt(i + 1) == '{';
        int start = braced ? i + 2 : i + 1;
        int end = start;
        while (end < text.length() && isNameChar(text.charAt(end), end == start)) {
          end++;
        }
        if (end == start) {
          i = start;
          continue;
        }
        String name = text.substring(start, end);
        if (!braced || !hasFallback(text, end)) {
          out = out == null ? new LinkedHashSet<>() : out;
          out.add(name);
        }
        if (!braced) {
          i = end;
          continue;
        }
        i = closingBrace(text, end) + 1;
      }
    }
    return out == null ? Set.of() : out;
  }

  private static boolean hasFallback(String text, int at) {
    char c = at < text.length() ? text.charAt(at) : '}';
    if (c == '-' || c == '+') {
      return true;
    }
    return c == ':' && at + 1 < text.length() && (text.charAt(at + 1) == '-' || text.charAt(at + 1) == '+');
  }

  private static int closingBrace(String text, int from) {
    int depth = 1;
    for (int i = from; i < text.length(); i++) {
      if (text.charAt(i) == '{') {
        depth++;
      } else if (text.charAt(i) == '}' && --depth == 0) {
        return i;
      }
    }
    return text.length();
  }

  private static boolean isNameChar(char c, boolean first) {
    return c == '_' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || !first && c >= '0' && c <= '9';
  }

  /** The message for a variable nothing defines. */
  static String undefined(String name, String keyword, Optional<String> baseImage) {
    return "variable '" + name + "' is used in " + keyword + " but no ARG or ENV defines it before"
        + baseImage.map(b -> " (unless base image '" + b + "' sets it)").orElse("")
        + ", so it expands to an empty string";
  }

  /** The fix for a variable nothing defines. */
  static String undefinedFix(RuleContext context, String name) {
    return "declare it first with " + Fixes.pick(context, ".arg(\"" + name + "\") or .env(\"" + name + "\", \"<value>\")",
        "ARG " + name + " or ENV " + name + "=<value>") + ", or give a fallback "
        + "with ${" + name + ":-<default>}; if the base image sets it, suppress this with that reason";
  }

  /** The message for a global ARG that the stage did not re-declare. */
  static String notRedeclared(RuleContext context, String name, String keyword, Stage stage) {
    return "variable '" + name + "' is used in " + keyword + "; it is declared globally but not re-declared in "
        + stage.describe() + "; add " + Fixes.pick(context, ".arg(\"" + name + "\")", "ARG " + name) + " to the stage";
  }

  /** The fix for a global ARG that the stage did not re-declare. */
  static String redeclareFix(RuleContext context, String name) {
    return "global ARGs are visible only to FROM lines; add " + Fixes.pick(context, ".arg(\"" + name + "\")", "ARG " + name)
        + " to the stage before its first use, which takes the global value";
  }

  /** The message for a variable used by the ENV that defines it. */
  static String sameEnv(String name) {
    return "variable '" + name + "' is used in the same ENV that defines it; an ENV does not see its own values";
  }

  /** The fix for a variable used by the ENV that defines it. */
  static String sameEnvFix(RuleContext context, String name) {
    return "set '" + name + "' in its own " + Fixes.pick(context, ".env(...)", "ENV instruction")
        + " before the ENV that uses it";
  }

  /** The message for {@code ENV NAME=${NAME}} when nothing defines NAME before. */
  static String selfEnv(String name, boolean global) {
    return "ENV " + name + " copies the variable '" + name + "', but no ARG "
        + (global ? "in this stage (a global ARG is not visible here until re-declared) " : "")
        + "defines it before, so " + name + " is set to an empty string";
  }

  /** The fix for {@code ENV NAME=${NAME}}: the build argument it means to pass in needs an ARG. */
  static String selfEnvFix(RuleContext context, String name) {
    return "to pass a build argument in, declare " + Fixes.pick(context, ".arg(\"" + name + "\")", "ARG " + name)
        + " before the ENV (if it is a secret, use a secret mount instead: the ENV would keep it in the image, see "
        + "DF003); otherwise write the value itself";
  }

  /** The message for a FROM line using a variable that no global ARG declares. */
  static String inFrom(String name) {
    return "variable '" + name + "' is used in FROM but no global ARG declares it; FROM sees only ARGs before "
        + "the first FROM";
  }

  /** The message for a global ARG default using a variable that no earlier global ARG declares. */
  static String inGlobalArg(String name, String arg) {
    return "variable '" + name + "' is used in the default of global ARG '" + arg
        + "' but no earlier global ARG declares it";
  }

  /** The fix for FROM lines and global ARGs. */
  static String globalFix(RuleContext context, String name) {
    return "declare it before the first FROM with " + Fixes.pick(context,
        "Dockerfile.builder().globalArg(\"" + name + "\", \"<default>\")", "ARG " + name + "=<default>");
  }
}
