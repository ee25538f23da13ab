package io.github.dockerdsl.maven;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two texts ({@code diff -u} style, three lines of context), so a failed drift
 * check shows exactly what changed. Dockerfiles are small: a plain longest-common-subsequence table is enough.
 */
final class UnifiedDiff {
  private static final int CONTEXT = 3;

  private UnifiedDiff() {}

  /** The diff from {@code oldText} (on disk) to {@code newText} (what generate writes); empty when equal. */
  static String of(String name, String oldText, String newText) {
    List<String> a = lines(oldText);
    List<String> b = lines(newText);
    int[][] lcs = new int[a.size() + 1][b.size() + 1];
    for (int i = a.size() - 1; i >= 0; i--) {
      for (int j = b.size() - 1; j >= 0; j--) {
        lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    // the edit script: ' ' keep, '-' remove, '+' add, with positions in both texts
    List<char[]> ops = new ArrayList<>();
    List<int[]> pos = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.size() || j < b.size()) {
      if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
        ops.add(new char[] {' '});
        pos.add(new int[] {i++, j++});
      } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] > lcs[i + 1][j])) {
        ops.add(new char[] {'+'});
        pos.add(new int[] {i, j++});
      } else {
        ops.add(new char[] {'-'});
        pos.add(new int[] {i++, j});
      }
    }
    StringBuilder out = new StringBuilder();
    int k = 0;
    while (k < ops.size()) {
      if (ops.get(k)[0] == ' ') {
        k++;
        continue;
      }
      int start = Math.max(0, k - CONTEXT);
      // extend the hunk while changes are within 2*CONTEXT lines of each other
      int last = k;
      for (int m = k; m < ops.size(); m++) {
        if (ops.get(m)[0] != ' ') {
          last = m;
        } else if (m - last > 2 * CONTEXT) {
          break;
        }
      }
      int end = Math.min(ops.size(), last + CONTEXT + 1);
      int oldStart = pos.get(start)[0];
      int newStart = pos.get(start)[1];
      int oldCount = 0;
      int newCount = 0;
      StringBuilder hunk = new StringBuilder();
      for (int m = start; m < end; m++) {
        char op = ops.get(m)[0];
        int[] p = pos.get(m);
        String line = op == '+' ? b.get(p[1]) : a.get(p[0]);
        hunk.append(op).append(line).append('\n');
        if (op != '+') {
          oldCount++;
        }
        if (op != '-') {
          newCount++;
        }
      }
      if (out.length() == 0) {
        out.append("--- ").append(name).append(" (on disk)\n").append("+++ ").append(name)
            .append(" (generated)\n");
      }
      out.append("@@ -").append(range(oldStart, oldCount)).append(" +").append(range(newStart, newCount))
          .append(" @@\n").append(hunk);
      k = end;
    }
    return out.toString();
  }

  private static String range(int start, int count) {
    return (count == 0 ? start : start + 1) + (count == 1 ? "" : "," + count);
  }

  private static List<String> lines(String text) {
    List<String> out = new ArrayList<>(List.of(text.split("\n", -1)));
    if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
      out.remove(out.size() - 1);
    }
    return out;
  }
}
