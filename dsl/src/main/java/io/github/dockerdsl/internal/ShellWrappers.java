package io.github.dockerdsl.internal;

import io.github.dockerdsl.internal.ShellWords.SimpleCommand;
import java.util.ArrayList;
import java.util.List;

/**
 * The wrapper programs {@link ShellWords} sees through ({@code sudo}, {@code env}, {@code xargs},
 * {@code timeout} and more): where each one's own options end and the command it runs begins.
 */
final class ShellWrappers {
  private ShellWrappers() {}

  /** A simple command from its words, with the wrappers in front of the program split off. */
  static SimpleCommand build(List<String> assignments, List<String> words, List<String> redirects,
      int subshell, int nesting, String before, String after) {
    // the assignments as given unless a wrapper adds some (env A=1, sudo A=1): SimpleCommand copies them
    List<String> allAssignments = assignments;
    List<String> wrappers = List.of(); // most commands have none
    int start = 0;
    for (int guard = 0; guard < 16 && start < words.size(); guard++) {
      String name = ShellWords.basename(words.get(start));
      if (allAssignments == assignments && (name.equals("sudo") || name.equals("env"))) {
        allAssignments = new ArrayList<>(assignments); // the two wrappers that take assignments
      }
      int next = unwrap(name, words, start + 1, allAssignments);
      if (next < 0) {
        break;
      }
      if (wrappers.isEmpty()) {
        wrappers = new ArrayList<>();
      }
      wrappers.add(name);
      start = next;
    }
    return new SimpleCommand(allAssignments, words, wrappers, words.subList(start, words.size()), redirects,
        subshell, nesting, before, after);
  }

  /** The index of the wrapped command after wrapper {@code name}'s options, or -1 if it is no wrapper. */
  private static int unwrap(String name, List<String> words, int from, List<String> assignments) {
    switch (name) {
      case "sudo":
        return skipOptions(words, from, "ugCDhprtURT", true, assignments);
      case "env":
        return skipOptions(words, from, "uCS", true, assignments);
      case "xargs":
        return skipOptions(words, from, "IaEdLnPs", false, assignments);
      case "nice":
        return skipOptions(words, from, "n", false, assignments);
      case "stdbuf":
        return skipOptions(words, from, "ioe", false, assignments);
      case "command":
        return from < words.size() && (words.get(from).equals("-v") || words.get(from).equals("-V")) ? -1
            : skipOptions(words, from, "", false, assignments);
      case "nohup":
      case "exec":
      case "builtin":
        return skipOptions(words, from, "a", false, assignments);
      case "time":
        return skipOptions(words, from, "fo", false, assignments);
      case "timeout": {
        int at = skipOptions(words, from, "sk", false, assignments);
        return at < words.size() ? at + 1 : at;
      }
      case "gosu":
      case "su-exec":
      case "chroot":
        return from < words.size() ? from + 1 : from;
      case "busybox":
        return from;
      default:
        return -1;
    }
  }

  private static int skipOptions(List<String> words, int from, String withValue, boolean takesAssignments,
      List<String> assignments) {
    int i = from;
    while (i < words.size()) {
      String w = words.get(i);
      if (w.equals("--")) {
        i++;
        break;
      }
      if (w.length() < 2 || w.charAt(0) != '-') {
        break;
      }
      boolean valueNext = !w.startsWith("--") && w.length() == 2 && withValue.indexOf(w.charAt(1)) >= 0;
      i += valueNext ? 2 : 1;
    }
    i = Math.min(i, words.size());
    if (takesAssignments) {
      while (i < words.size() && ShellWords.isAssignment(words.get(i))) {
        assignments.add(words.get(i));
        i++;
      }
    }
    return i;
  }
}
