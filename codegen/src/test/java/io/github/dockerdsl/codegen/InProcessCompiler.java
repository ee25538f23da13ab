package io.github.dockerdsl.codegen;

import com.palantir.javapoet.JavaFile;
import io.github.dockerdsl.Dockerfile;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles generated source in memory with {@code javax.tools}, with every lint warning an error,
 * against the dsl classes only, and runs its {@code dockerfile()} method.
 */
final class InProcessCompiler {
  private static final JavaCompiler COMPILER = ToolProvider.getSystemJavaCompiler();
  private static final String CLASS_PATH = classPathOf(Dockerfile.class);

  private InProcessCompiler() {}

  /** Compiles the file and calls its {@code dockerfile()}; compiler messages fail with the source attached. */
  static Dockerfile run(JavaFile file) throws ReflectiveOperationException {
    String className = className(file);
    return invoke(compile(Map.of(className, file.toString())), className);
  }

  /**
   * Many files compiled in one task, which is much faster than one task each; when any file has a
   * message, each file is compiled on its own when it is run, so the failure names its own source.
   */
  static final class Batch {
    private final Map<String, byte[]> classes;

    Batch(List<JavaFile> files) {
      Map<String, String> sources = new HashMap<>();
      for (JavaFile f : files) {
        sources.put(className(f), f.toString());
      }
      Map<String, byte[]> compiled;
      try {
        compiled = compile(sources);
      } catch (AssertionError e) {
        compiled = Map.of();
      }
      this.classes = compiled;
    }

    /** Calls {@code dockerfile()} of the file, compiled in the batch or, after a batch failure, on its own. */
    Dockerfile run(JavaFile file) throws ReflectiveOperationException {
      String className = className(file);
      return classes.containsKey(className) ? invoke(classes, className) : InProcessCompiler.run(file);
    }
  }

  private static String className(JavaFile file) {
    return file.packageName().isEmpty() ? file.typeSpec().name() : file.packageName() + "." + file.typeSpec().name();
  }

  private static Dockerfile invoke(Map<String, byte[]> classes, String className) throws ReflectiveOperationException {
    ClassLoader loader = new ClassLoader(InProcessCompiler.class.getClassLoader()) {
      @Override
      protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = classes.get(name);
        if (bytes == null) {
          throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
      }
    };
    Class<?> type = loader.loadClass(className);
    try {
      return (Dockerfile) type.getMethod("dockerfile").invoke(null);
    } catch (java.lang.reflect.InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw e;
    }
  }

  /** The class files of these compilation units (sources by class name), by binary name. */
  static Map<String, byte[]> compile(Map<String, String> sources) {
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StandardJavaFileManager standard = COMPILER.getStandardFileManager(diagnostics, Locale.ROOT, null);
    Map<String, ByteArrayOutputStream> out = new HashMap<>();
    JavaFileManager manager = new ForwardingJavaFileManager<>(standard) {
      @Override
      public JavaFileObject getJavaFileForOutput(Location location, String name, JavaFileObject.Kind kind,
          FileObject sibling) {
        return new SimpleJavaFileObject(URI.create("mem:///" + name.replace('.', '/') + kind.extension), kind) {
          @Override
          public OutputStream openOutputStream() {
            return out.computeIfAbsent(name, n -> new ByteArrayOutputStream());
          }
        };
      }
    };
    List<JavaFileObject> units = new ArrayList<>();
    sources.forEach((className, source) -> units.add(new SimpleJavaFileObject(
        URI.create("string:///" + className.replace('.', '/') + ".java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return source;
      }
    }));
    List<String> options = List.of("--release", "17", "-Xlint:all", "-Werror", "-proc:none", "-classpath", CLASS_PATH);
    boolean ok = COMPILER.getTask(null, manager, diagnostics, options, null, units).call();
    if (!ok || !diagnostics.getDiagnostics().isEmpty()) {
      String messages = diagnostics.getDiagnostics().stream().map(InProcessCompiler::describe)
          .collect(Collectors.joining("\n"));
      throw new AssertionError("generated source does not compile cleanly:\n" + messages + "\n--- source ---\n"
          + String.join("\n", sources.values()));
    }
    Map<String, byte[]> classes = new HashMap<>();
    out.forEach((name, bytes) -> classes.put(name, bytes.toByteArray()));
    return classes;
  }

  private static String describe(Diagnostic<? extends JavaFileObject> d) {
    return d.getKind() + " line " + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT);
  }

  private static String classPathOf(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString() + File.pathSeparator;
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
