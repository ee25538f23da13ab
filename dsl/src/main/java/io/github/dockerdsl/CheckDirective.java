package io.github.dockerdsl;

import io.github.dockerdsl.internal.Checks;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code # check=} parser directive: BuildKit checks to skip, and whether findings fail the build.
 *
 * @param skip check names to skip, or {@code all}
 * @param error whether findings fail the build
 */
public record CheckDirective(List<String> skip, Optional<Boolean> error) {
  private static final Pattern CHECK_NAME = Pattern.compile("[A-Za-z]+");
  /** Checks the names. */
  public CheckDirective {
    skip = Checks.immutableList(skip, "skip");
    Objects.requireNonNull(error, "error == null");
    for (String name : skip) {
      Checks.checkArgument(CHECK_NAME.matcher(name).matches(),
          "check name '%s' is not valid; use BuildKit check names such as JSONArgsRecommended, or all",
          io.github.dockerdsl.internal.Quoting.visible(name));
    }
    Checks.checkArgument(!skip.isEmpty() || error.isPresent(), "check directive is empty; give skip or error");
  }

  /** {@code # check=error=true}: BuildKit's own checks fail the build. */
  public static CheckDirective errorOnFindings() {
    return new CheckDirective(List.of(), Optional.of(true));
  }

  /** The directive's value, such as {@code skip=A,B;error=true}. */
  public String value() {
    StringBuilder out = new StringBuilder();
    if (!skip.isEmpty()) {
      out.append("skip=").append(String.join(",", skip));
    }
    if (error.isPresent()) { // no lambda: a lint renders every directive
      out.append(out.length() > 0 ? ";" : "").append("error=").append(error.get().booleanValue());
    }
    return out.toString();
  }
}
