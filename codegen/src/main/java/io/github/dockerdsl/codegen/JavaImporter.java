package io.github.dockerdsl.codegen;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.github.dockerdsl.CheckDirective;
import io.github.dockerdsl.Directives;
import io.github.dockerdsl.Dockerfile;
import io.github.dockerdsl.Stage;
import io.github.dockerdsl.image.Platform;
import io.github.dockerdsl.image.Scratch;
import io.github.dockerdsl.image.StageRef;
import io.github.dockerdsl.instruction.Arg;
import io.github.dockerdsl.instruction.Comment;
import io.github.dockerdsl.instruction.Instruction;
import io.github.dockerdsl.instruction.Raw;
import io.github.dockerdsl.parse.ParsedDockerfile;
import io.github.dockerdsl.parse.SourceFacts;
import io.github.dockerdsl.rule.Policy;
import io.github.dockerdsl.rule.RuleId;
import io.github.dockerdsl.rule.Rules;
import io.github.dockerdsl.rule.Suppression;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Modifier;

/**
 * Turns an existing Dockerfile into the dockerdsl Java code that writes it: one class with a
 * {@code public static Dockerfile dockerfile()} method, written as a Java developer would write it by
 * hand. Every rule the original breaks gets a suppression whose reason starts with
 * {@value #REVIEW_PREFIX}, so the code builds under the policy and a reviewer sees what to fix.
 *
 * <pre>{@code
 * JavaFile file = JavaImporter.of("com.acme.docker", "ApiDockerfile")
 *     .toJavaFile(DockerfileParser.parse(Path.of("Dockerfile")));
 * file.writeTo(Path.of("src/main/java"));
 * }</pre>
 */
public final class JavaImporter {
  /** How the reason of every suppression added by an import starts. */
  public static final String REVIEW_PREFIX = ImportedSuppressions.PREFIX;

  private final String packageName;
  private final String className;
  private final boolean suppressions;
  private final Optional<String> sourceName;
  private final Policy policy;

  private JavaImporter(String packageName, String className, boolean suppressions, Optional<String> sourceName,
      Policy policy) {
    this.packageName = packageName;
    this.className = className;
    this.suppressions = suppressions;
    this.sourceName = sourceName;
    this.policy = policy;
  }

  /**
   * An importer writing class {@code className} in {@code packageName} ({@code ""} for the default
   * package), with suppressions for the rules of {@link Policy#strict()}.
   *
   * @throws IllegalArgumentException if either is not a valid Java name
   */
  public static JavaImporter of(String packageName, String className) {
    Objects.requireNonNull(packageName, "packageName == null");
    Objects.requireNonNull(className, "className == null");
    if (!packageName.isEmpty() && !SourceVersion.isName(packageName)) {
      throw new IllegalArgumentException(String.format(
          "package name '%s' is not a valid Java package name; use dot-separated identifiers such as com.acme.docker",
          packageName));
    }
    if (!SourceVersion.isIdentifier(className) || SourceVersion.isKeyword(className)) {
      throw new IllegalArgumentException(String.format(
          "class name '%s' is not a valid Java class name; use an identifier such as ApiDockerfile", className));
    }
    return new JavaImporter(packageName, className, true, Optional.empty(), Policy.strict());
  }

  /**
   * A copy that adds no suppressions: the imported code's {@code build()} then lists every violation
   * of the original, for teams that fix them all before the code is merged.
   */
  public JavaImporter withoutSuppressions() {
    return new JavaImporter(packageName, className, false, sourceName, policy);
  }

  /** A copy whose class comment names where the Dockerfile came from, such as {@code services/api/Dockerfile}. */
  public JavaImporter withSourceName(String name) {
    Objects.requireNonNull(name, "name == null");
    return new JavaImporter(packageName, className, suppressions, Optional.of(name), policy);
  }

  /**
   * A copy that suppresses the findings of {@code other} instead of the strict policy's, for code
   * that will be built with a company policy.
   */
  public JavaImporter withPolicy(Policy other) {
    return new JavaImporter(packageName, className, suppressions, sourceName, Objects.requireNonNull(other, "other == null"));
  }

  /** The Java file for a parsed Dockerfile; raw instructions get the parser's reason in their suppression. */
  public JavaFile toJavaFile(ParsedDockerfile parsed) {
    Objects.requireNonNull(parsed, "parsed == null");
    return generate(parsed.dockerfile(), Optional.of(parsed.facts()));
  }

  /** The Java file for a Dockerfile model, such as one a transform produced. */
  public JavaFile toJavaFile(Dockerfile dockerfile) {
    Objects.requireNonNull(dockerfile, "dockerfile == null");
    return generate(dockerfile, Optional.empty());
  }

  private JavaFile generate(Dockerfile dockerfile, Optional<SourceFacts> facts) {
    List<ImportedSuppressions.Planned> planned = suppressions
        ? ImportedSuppressions.plan(dockerfile, facts, policy) : List.of();
    StageVariables variables = new StageVariables(dockerfile.stages());
    InstructionCode code = new InstructionCode(variables::of);

    MethodSpec.Builder method = MethodSpec.methodBuilder("dockerfile")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(Dockerfile.class)
        .addJavadoc("The Dockerfile; its text is the original as {@code dockerdsl fmt} prints it$L.\n",
            planned.isEmpty() ? "" : ", with the suppressions as comments");
    List<Stage> stages = dockerfile.stages();
    for (int s = 0; s < stages.size(); s++) {
      method.addCode("$T $L = $L;\n", Stage.class, variables.of(s),
          stage(stages.get(s), s, code, variables, planned, facts));
    }
    method.addCode("return $L;\n", file(dockerfile, code, variables, planned));

    TypeSpec type = TypeSpec.classBuilder(className)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc(classComment(planned))
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(method.build())
        .build();
    return JavaFile.builder(packageName, type)
        .indent("  ")
        .skipJavaLangImports(true)
        .build();
  }

  private CodeBlock classComment(List<ImportedSuppressions.Planned> planned) {
    String from = sourceName.map(n -> n.matches("[A-Za-z0-9._/\\\\ :-]+") ? " from {@code " + n + "}"
        : " from <code>" + html(n) + "</code>").orElse("");
    CodeBlock.Builder b = CodeBlock.builder().add("Imported$L by {@code dockerdsl import}.\n", from);
    if (!planned.isEmpty()) {
      b.add("\n<p>Each suppression whose reason starts with \"$L\" marks a rule the original breaks: fix the\n"
          + "instruction above it and remove the suppression.\n", REVIEW_PREFIX.strip());
    }
    return b.build();
  }

  /** Why the parser kept an instruction as raw text, for a comment above {@code .raw(...)}. */
  private static Optional<String> rawReason(Optional<SourceFacts> facts, int stage, int index, Instruction instruction) {
    if (!(instruction instanceof Raw) || facts.isEmpty()) {
      return Optional.empty();
    }
    return facts.get().at(stage, index).rawReason().map(r -> r.replaceAll("[\\p{Cntrl}\u2028\u2029]+", " ").strip())
        .filter(r -> !r.isEmpty());
  }

  /** A file name as Javadoc text: HTML-escaped, and no {@code *}{@code /}, {@code @} or brace can end or start a tag. */
  private static String html(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("*", "&#42;")
        .replace("@", "&#64;").replace("{", "&#123;").replace("}", "&#125;");
  }

  private static CodeBlock stage(Stage stage, int index, InstructionCode code, StageVariables variables,
      List<ImportedSuppressions.Planned> planned, Optional<SourceFacts> facts) {
    CodeBlock.Builder head = CodeBlock.builder();
    if (stage.base() instanceof StageRef ref) {
      head.add("$T.from($L)", Stage.class, variables.of(ref));
    } else if (stage.base() instanceof Scratch) {
      head.add("$T.from($S)", Stage.class, "scratch");
    } else {
      head.add("$T.from($S)", Stage.class, stage.base().toString());
    }
    stage.platform().ifPresent(p -> head.add(".platform($L)", platform(p)));
    stage.name().ifPresent(n -> head.add(".as($S)", n));

    List<CodeBlock> calls = new ArrayList<>();
    for (Suppression s : stage.suppressions()) {
      if (s.scope() instanceof Suppression.WholeStage) {
        calls.add(suppression("suppressStage", s.rule(), s.reason(), CodeBlock.of("$T.WHOLE_STAGE",
            Suppression.Scope.class)));
      }
    }
    addSuppressions(calls, stage, index, -1, planned);
    List<Instruction> instructions = stage.instructions();
    for (int i = 0; i < instructions.size(); i++) {
      CodeBlock call = code.call(instructions.get(i));
      Optional<String> why = rawReason(facts, index, i, instructions.get(i));
      calls.add(why.isPresent() ? CodeBlock.of("// $L\n$L", why.get(), call) : call);
      addSuppressions(calls, stage, index, i, planned);
    }
    calls.add(CodeBlock.of(".build()"));
    return Code.chain(head.build(), calls);
  }

  private static void addSuppressions(List<CodeBlock> calls, Stage stage, int stageIndex, int instruction,
      List<ImportedSuppressions.Planned> planned) {
    CodeBlock scope = CodeBlock.of("$T.at($L)", Suppression.Scope.class, instruction);
    for (Suppression s : stage.suppressions()) {
      if (s.scope() instanceof Suppression.AtInstruction at && at.index() == instruction) {
        calls.add(suppression("suppress", s.rule(), s.reason(), scope));
      }
    }
    for (ImportedSuppressions.Planned p : planned) {
      if (p.stage() == stageIndex && p.instruction() == instruction) {
        calls.add(suppression("suppress", p.rule(), p.reason(), scope));
      }
    }
  }

  /** {@code .suppress(Rules.PINNED_BASE_IMAGE, "...")}, or the explicit suppression for a rule that is not built in. */
  private static CodeBlock suppression(String method, RuleId rule, String reason, CodeBlock scope) {
    if (Rules.byCode(rule.code()).isPresent()) {
      return CodeBlock.of(".$L($L)", method, Code.args(List.of(
          CodeBlock.of("$T.$L", Rules.class, Rules.constantName(Rules.byCode(rule.code()).get())),
          CodeBlock.of("$S", reason))));
    }
    return CodeBlock.of(".suppression(new $T($L))", Suppression.class, Code.args(List.of(
        CodeBlock.of("$T.of($S, $S)", RuleId.class, rule.code(), rule.name()), CodeBlock.of("$S", reason), scope)));
  }

  private static CodeBlock platform(Platform p) {
    if (p.equals(Platform.BUILDPLATFORM)) {
      return CodeBlock.of("$T.BUILDPLATFORM", Platform.class);
    }
    if (p.equals(Platform.TARGETPLATFORM)) {
      return CodeBlock.of("$T.TARGETPLATFORM", Platform.class);
    }
    return CodeBlock.of("$T.parse($S)", Platform.class, p.toString());
  }

  private static CodeBlock file(Dockerfile dockerfile, InstructionCode code, StageVariables variables,
      List<ImportedSuppressions.Planned> planned) {
    List<CodeBlock> calls = new ArrayList<>();
    Directives d = dockerfile.directives();
    d.syntax().ifPresent(s -> calls.add(CodeBlock.of(".syntax($S)", s)));
    d.escape().ifPresent(c -> calls.add(CodeBlock.of(".escape($L)", c == '\\' ? "'\\\\'" : "'" + c + "'")));
    d.check().ifPresent(c -> calls.add(CodeBlock.of(".check($L)", check(c))));
    CodeBlock fileScope = CodeBlock.of("$T.WHOLE_FILE", Suppression.Scope.class);
    for (Suppression s : dockerfile.suppressions()) {
      calls.add(suppression("suppress", s.rule(), s.reason(), fileScope));
    }
    for (ImportedSuppressions.Planned p : planned) {
      if (p.stage() < 0) {
        calls.add(suppression("suppress", p.rule(), p.reason(), fileScope));
      }
    }
    for (Instruction i : dockerfile.preamble()) {
      if (i instanceof Arg arg) {
        calls.add(arg.defaultValue().map(v -> CodeBlock.of(".globalArg($S, $S)", arg.name(), v))
            .orElseGet(() -> CodeBlock.of(".globalArg($S)", arg.name())));
      } else {
        calls.add(CodeBlock.of(".comment($S)", ((Comment) i).text()));
      }
    }
    for (int s = 0; s < dockerfile.stages().size(); s++) {
      calls.add(CodeBlock.of(".stage($L)", variables.of(s)));
    }
    calls.add(CodeBlock.of(".build()"));
    return Code.chain(CodeBlock.of("$T.builder()", Dockerfile.class), calls);
  }

  private static CodeBlock check(CheckDirective c) {
    if (c.equals(CheckDirective.errorOnFindings())) {
      return CodeBlock.of("$T.errorOnFindings()", CheckDirective.class);
    }
    return CodeBlock.of("new $T($L, $L)", CheckDirective.class, Code.listOf(c.skip()),
        Code.optional(c.error(), e -> CodeBlock.of("$L", e)));
  }
}
