package io.github.dockerdsl.rule.catalog;

import io.github.dockerdsl.internal.Ascii;
import io.github.dockerdsl.Stage;
import io.github.dockerdsl.image.BaseImage;
import io.github.dockerdsl.instruction.Add;
import io.github.dockerdsl.instruction.Command;
import io.github.dockerdsl.instruction.Copy;
import io.github.dockerdsl.instruction.Heredoc;
import io.github.dockerdsl.instruction.Instruction;
import io.github.dockerdsl.instruction.Run;
import io.github.dockerdsl.instruction.User;
import io.github.dockerdsl.instruction.UserSpec;
import io.github.dockerdsl.rule.RuleContext;
import io.github.dockerdsl.rule.SeeAlso;
import io.github.dockerdsl.rule.Severity;
import io.github.dockerdsl.rule.ViolationSink;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * DF022: {@code USER appuser} or {@code COPY --chown=app} naming a user that no instruction creates
 * and the base image does not have: COPY fails the build, USER makes the container fail to start.
 * Judged only on base images whose users are known (Debian, Ubuntu, Alpine and the official images on
 * them); scratch and distroless are DF018's.
 */
public final class UnknownUser extends BaseRule {
  private static final Set<String> CREATORS = Set.of("useradd", "adduser", "groupadd", "addgroup");

  /** Creates the rule; use {@code Rules.UNKNOWN_USER}. */
  public UnknownUser() {
    super("DF022", "UnknownUser", Severity.ERROR,
        "USER and --chown name users and groups that the stage creates or its base image has",
        SeeAlso.NONE);
  }

  @Override
  public void check(RuleContext context, ViolationSink sink) {
    List<Stage> stages = context.stages();
    // what each stage's instructions create, read once however many stages build FROM it
    Map<Stage, Learned> learned = new IdentityHashMap<>(stages.size());
    for (int s = 0; s < stages.size(); s++) {
      Stage stage = stages.get(s);
      if (!namesUsers(stage)) {
        continue; // nothing to judge: the base image's users and the RUNs need not be read
      }
      BaseImage root = StageChains.root(context, stage);
      Optional<Set<String>> users = ImageFamilies.users(root);
      Optional<Set<String>> groups = ImageFamilies.groups(root);
      if (users.isEmpty() || groups.isEmpty()) {
        continue;
      }
      Set<String> created = new HashSet<>();
      boolean passwd = false;
      for (Stage ancestor : StageChains.ancestors(context, stage)) {
        Learned inherited = learned.get(ancestor);
        if (inherited == null) {
          inherited = learnAll(ancestor);
          learned.put(ancestor, inherited);
        }
        created.addAll(inherited.created());
        passwd |= inherited.passwd();
      }
      List<Instruction> instructions = stage.instructions();
      for (int i = 0; i < instructions.size() && !passwd; i++) {
        Instruction instruction = instructions.get(i);
        Optional<UserSpec> named = named(instruction);
        if (named.isPresent()) {
          String what = instruction instanceof User ? "USER" : instruction.keyword() + " --chown";
          UserSpec spec = named.get();
          if (unknown(spec.user(), users.get(), created)) {
            sink.report(s, i, message(what, "user", spec.user(), stage, root), fix(context, spec.user(), root));
          } else if (spec.group().isPresent() && unknown(spec.group().get(), groups.get(), created)) {
            sink.report(s, i, message(what, "group", spec.group().get(), stage, root),
                fix(context, spec.group().get(), root));
          }
        }
        passwd |= learn(instruction, created);
      }
    }
  }

  /** What a whole stage creates, for the stages built FROM it. */
  private record Learned(Set<String> created, boolean passwd) {}

  private static Learned learnAll(Stage stage) {
    Set<String> created = new HashSet<>();
    boolean passwd = false;
    for (Instruction i : stage.instructions()) {
      passwd |= learn(i, created);
    }
    return new Learned(created, passwd);
  }

  /** The user a USER or a {@code --chown} names, if the instruction names one. */
  private static Optional<UserSpec> named(Instruction instruction) {
    return instruction instanceof User user ? Optional.of(user.user())
        : instruction instanceof Copy copy ? copy.chown() : instruction instanceof Add add ? add.chown()
        : Optional.empty();
  }

  /** True when the stage has a USER or a {@code --chown}: the only instructions this rule judges. */
  private static boolean namesUsers(Stage stage) {
    List<Instruction> instructions = stage.instructions();
    for (int k = 0; k < instructions.size(); k++) {
      if (named(instructions.get(k)).isPresent()) {
        return true;
      }
    }
    return false;
  }

  private static boolean unknown(String name, Set<String> known, Set<String> created) {
    return !Ascii.isDigits(name) && !name.contains("$") && !known.contains(name) && !created.contains(name);
  }

  /** Adds the names the instruction may create; true when it copies a whole /etc/passwd in. */
  private static boolean learn(Instruction instruction, Set<String> created) {
    if (instruction instanceof Run run) {
      String script = script(run.command());
      // a segment adds names only when one of its words is a creator, so a script that does not hold
      // a creator's name anywhere has nothing to learn: most RUNs are not read further
      if (mentionsCreator(script)) {
        learnScript(script, created);
      }
      return false;
    }
    String destination = instruction instanceof Copy copy ? copy.destination()
        : instruction instanceof Add add ? add.destination() : null;
    return destination != null && (destination.equals("/etc/passwd") || destination.equals("/etc/")
        || destination.equals("/etc") || destination.equals("/"));
  }

  /** Adds the names the script's creator commands may create. */
  static void learnScript(String script, Set<String> created) {
    // the script cut at && || ; | & newline ( ): the same segments as splitting on those with a
    // regex, read in one pass; "&&" and "||" only leave an empty segment between their halves
    int start = 0;
    for (int at = 0; at <= script.length(); at++) {
      if (at == script.length() || isSeparator(script.charAt(at))) {
        learnSegment(script.substring(start, at).strip(), created);
        start = at + 1;
      }
    }
  }

  /** True when the script holds the name of one of {@link #CREATORS} anywhere, as a word or inside one. */
  static boolean mentionsCreator(String script) {
    return script.contains("useradd") || script.contains("adduser") || script.contains("groupadd")
        || script.contains("addgroup");
  }

  /**
   * Where one shell command ends and the next begins: {@code && || ; | &}, newlines and parentheses. A
   * switch, not {@code indexOf} in a string of them: it runs for every character of every RUN that
   * creates a user.
   */
  static boolean isSeparator(char c) {
    return switch (c) {
      case ';', '|', '&', '\n', '(', ')' -> true;
      default -> false;
    };
  }

  /** The regex class {@code \s}: {@code [ \t\n\x0B\f\r]}. */
  static boolean isSpace(char c) {
    return switch (c) {
      case ' ', '\t', '\n', '\u000B', '\f', '\r' -> true;
      default -> false;
    };
  }

  /** One command: after assignments and sudo, a creator's every non-option word may be the name. */
  private static void learnSegment(String segment, Set<String> created) {
    List<String> words = words(segment);
    int at = 0;
    while (at < words.size() && (words.get(at).contains("=") || words.get(at).equals("sudo"))) {
      at++;
    }
    if (at < words.size() && CREATORS.contains(words.get(at).substring(words.get(at).lastIndexOf('/') + 1))) {
      // every non-option word may be the name: over-counting only ever hides a finding
      for (int w = at + 1; w < words.size(); w++) {
        if (!words.get(w).startsWith("-")) {
          created.add(unquote(words.get(w)));
        }
      }
    }
  }

  /** The words of a stripped segment, split at runs of the regex class {@code \s} ({@code [ \t\n\x0B\f\r]}). */
  private static List<String> words(String segment) {
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= segment.length(); i++) {
      boolean space = i == segment.length() || isSpace(segment.charAt(i));
      if (space && start >= 0) {
        out.add(segment.substring(start, i));
        start = -1;
      } else if (!space && start < 0) {
        start = i;
      }
    }
    return out;
  }

  /** The word without one leading and one trailing quote ({@code '} or {@code "}). */
  private static String unquote(String word) {
    int from = !word.isEmpty() && isQuote(word.charAt(0)) ? 1 : 0;
    int to = word.length() > from && isQuote(word.charAt(word.length() - 1)) ? word.length() - 1 : word.length();
    return word.substring(from, to);
  }

  private static boolean isQuote(char c) {
    return c == '\'' || c == '"';
  }

  private static String script(Command command) {
    if (command instanceof Command.ShellForm shell) {
      return shell.script();
    }
    if (command instanceof Command.ExecForm exec) {
      return String.join(" ", exec.argv());
    }
    Command.HeredocForm heredoc = (Command.HeredocForm) command;
    StringBuilder out = new StringBuilder(heredoc.commandLine());
    for (Heredoc doc : heredoc.heredocs()) {
      out.append('\n').append(String.join("\n", doc.lines()));
    }
    return out.toString();
  }

  static String message(String what, String kind, String name, Stage stage, BaseImage root) {
    String consequence = what.equals("USER") ? "the container fails to start" : "the build fails";
    return what + " names the " + kind + " '" + name + "', which no RUN before it creates (useradd, adduser, "
        + "groupadd, addgroup) and base image " + ImageFamilies.describe(root) + " does not have, so " + consequence;
  }

  /** The fix: create it first (in the tool the base image has), or use numeric ids. */
  static String fix(RuleContext context, String name, BaseImage root) {
    Optional<ImageFamilies.Libc> libc = ImageFamilies.libc(root);
    boolean alpine = libc.isPresent() && libc.get() == ImageFamilies.Libc.MUSL;
    String create = alpine
        ? "addgroup -S -g 10001 " + name + " && adduser -S -D -H -u 10001 -G " + name + " " + name
        : "groupadd --system --gid 10001 " + name + " && useradd --system --uid 10001 --gid " + name
            + " --no-create-home " + name;
    return Fixes.pick(context,
        "create it first, e.g. .run(\"" + create + "\"), or use numeric ids: .user(\"10001:10001\")",
        "create it first, e.g. RUN " + create + ", or use numeric ids: USER 10001:10001 (--chown=10001:10001)");
  }
}
