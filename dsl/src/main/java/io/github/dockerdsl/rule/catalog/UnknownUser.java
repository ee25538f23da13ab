package io.github.dockerdsl.rule.catalog;

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
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * DF022: {@code USER appuser} or {@code COPY --chown=app} naming a user that no instruction creates
 * and the base image does not have: COPY fails the build, USER makes the container fail to start.
 * Judged only on base images whose users are known (Debian, Ubuntu, Alpine and the official images on
 * them); scratch and distroless are DF018's.
 */
public final class UnknownUser extends BaseRule {
  private static final Set<String> CREATORS = Set.of("useradd", "adduser", "groupadd", "addgroup");
  private static final Pattern SEPARATORS = Pattern.compile("&&|\\|\\||[;|&\\n()]");

  /** Creates the rule; use {@code Rules.UNKNOWN_USER}. */
  public UnknownUser() {
    super("DF022", "UnknownUser", Severity.ERROR,
        "USER and --chown name users and groups that the stage creates or its base image has",
        SeeAlso.NONE);
  }

  @Override
  public void check(RuleContext context, ViolationSink sink) {
    List<Stage> stages = context.stages();
    for (int s = 0; s < stages.size(); s++) {
      Stage stage = stages.get(s);
      BaseImage root = StageChains.root(context.dockerfile(), stage);
      Optional<Set<String>> users = ImageFamilies.users(root);
      Optional<Set<String>> groups = ImageFamilies.groups(root);
      if (users.isEmpty() || groups.isEmpty()) {
        continue;
      }
      Set<String> created = new HashSet<>();
      List<Stage> ancestors = new ArrayList<>(StageChains.ancestors(context.dockerfile(), stage));
      Collections.reverse(ancestors);
      boolean passwd = false;
      for (Stage ancestor : ancestors) {
        for (Instruction i : ancestor.instructions()) {
          passwd |= learn(i, created);
        }
      }
      List<Instruction> instructions = stage.instructions();
      for (int i = 0; i < instructions.size() && !passwd; i++) {
        Instruction instruction = instructions.get(i);
        Optional<UserSpec> named = instruction instanceof User user ? Optional.of(user.user())
            : instruction instanceof Copy copy ? copy.chown() : instruction instanceof Add add ? add.chown()
            : Optional.empty();
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

  private static boolean unknown(String name, Set<String> known, Set<String> created) {
    return !name.matches("[0-9]+") && !name.contains("$") && !known.contains(name) && !created.contains(name);
  }

  /** Adds the names the instruction may create; true when it copies a whole /etc/passwd in. */
  private static boolean learn(Instruction instruction, Set<String> created) {
    if (instruction instanceof Run run) {
      for (String segment : SEPARATORS.split(script(run.command()))) {
        String[] words = segment.strip().split("\\s+");
        int at = 0;
        while (at < words.length && (words[at].contains("=") || words[at].equals("sudo"))) {
          at++;
        }
        if (at < words.length && CREATORS.contains(words[at].substring(words[at].lastIndexOf('/') + 1))) {
          // every non-option word may be the name: over-counting only ever hides a finding
          for (int w = at + 1; w < words.length; w++) {
            if (!words[w].startsWith("-")) {
              created.add(words[w].replaceAll("^['\"]|['\"]$", ""));
            }
          }
        }
      }
      return false;
    }
    String destination = instruction instanceof Copy copy ? copy.destination()
        : instruction instanceof Add add ? add.destination() : null;
    return destination != null && (destination.equals("/etc/passwd") || destination.equals("/etc/")
        || destination.equals("/etc") || destination.equals("/"));
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
    boolean alpine = ImageFamilies.libc(root).filter(l -> l == ImageFamilies.Libc.MUSL).isPresent();
    String create = alpine
        ? "addgroup -S -g 10001 " + name + " && adduser -S -D -H -u 10001 -G " + name + " " + name
        : "groupadd --system --gid 10001 " + name + " && useradd --system --uid 10001 --gid " + name
            + " --no-create-home " + name;
    return Fixes.pick(context,
        "create it first, e.g. .run(\"" + create + "\"), or use numeric ids: .user(\"10001:10001\")",
        "create it first, e.g. RUN " + create + ", or use numeric ids: USER 10001:10001 (--chown=10001:10001)");
  }
}
