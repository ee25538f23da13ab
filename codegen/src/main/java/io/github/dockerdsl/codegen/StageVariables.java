package io.github.dockerdsl.codegen;

import io.github.dockerdsl.Stage;
import io.github.dockerdsl.image.StageRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * One local variable name per stage: the stage name in camel case ({@code builder-base} becomes
 * {@code builderBase}), {@code stage1} for an unnamed first stage, never a Java keyword and never twice.
 */
final class StageVariables {
  private final List<String> names = new ArrayList<>();
  private final Map<String, String> byStageName = new HashMap<>();

  StageVariables(List<Stage> stages) {
    Set<String> used = new HashSet<>();
    for (int i = 0; i < stages.size(); i++) {
      Stage stage = stages.get(i);
      String candidate = stage.name().map(StageVariables::camelCase).orElse("stage" + (i + 1));
      if (!SourceVersion.isIdentifier(candidate) || SourceVersion.isKeyword(candidate)) {
        candidate = candidate + "Stage";
      }
      String unique = candidate;
      for (int n = 2; !used.add(unique); n++) {
        unique = candidate + n;
      }
      names.add(unique);
      String chosen = unique;
      stage.name().ifPresent(n -> byStageName.put(n, chosen));
    }
  }

  /** The variable of the stage at {@code index}. */
  String of(int index) {
    return names.get(index);
  }

  /** The variable of the stage a reference names. */
  String of(StageRef ref) {
    String name = byStageName.get(ref.name());
    if (name == null) {
      throw new IllegalArgumentException(String.format(
          "stage reference '%s' names no stage of this Dockerfile; import a Dockerfile whose stages are all defined",
          ref.name()));
    }
    return name;
  }

  private static String camelCase(String stageName) {
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (char c : stageName.toCharArray()) {
      if (c == '-' || c == '_' || c == '.') {
        upper = out.length() > 0;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    String s = out.toString();
    return s.isEmpty() || !Character.isJavaIdentifierStart(s.charAt(0)) ? "stage" + s.toUpperCase(Locale.ROOT) : s;
  }
}
