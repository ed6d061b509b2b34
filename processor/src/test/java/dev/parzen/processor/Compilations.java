package dev.parzen.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;

/** Compiles test sources with the processor, and reads and updates golden files. */
final class Compilations {

  /** Set to {@code true} to rewrite the golden files from the current output. */
  static final String UPDATE = "parzen.updateGoldens";

  private Compilations() {}

  static Compilation compile(JavaFileObject... sources) {
    return javac()
        .withProcessors(new SpaceProcessor())
        .withOptions("-Xlint:all,-processing")
        .compile(sources);
  }

  static JavaFileObject source(String qualifiedName, String... lines) {
    return JavaFileObjects.forSourceLines(qualifiedName, lines);
  }

  /** A record {@code demo.P} with these component lines, importing every Parzen annotation. */
  static JavaFileObject record(String... components) {
    String[] lines = new String[components.length + 4];
    lines[0] = "package demo;";
    lines[1] = "import dev.parzen.annotations.*;";
    lines[2] = "record P(";
    for (int i = 0; i < components.length; i++) {
      lines[3 + i] = components[i] + (i < components.length - 1 ? "," : "");
    }
    lines[lines.length - 1] = ") {}";
    return source("demo.P", lines);
  }

  /** Asserts that compiling {@code source} fails with {@code id} on the line containing text. */
  static void assertError(JavaFileObject source, String id, String line) {
    Compilation c = compile(source);
    CompilationSubject.assertThat(c).failed();
    CompilationSubject.assertThat(c).hadErrorContaining(id).inFile(source).onLineContaining(line);
  }

  /** Asserts a successful compilation with warning {@code id} on the line containing text. */
  static void assertWarning(JavaFileObject source, String id, String line) {
    Compilation c = compile(source);
    CompilationSubject.assertThat(c).succeeded();
    CompilationSubject.assertThat(c).hadWarningContaining(id).inFile(source).onLineContaining(line);
  }

  /** The golden text at {@code goldens/<path>}, rewritten first when updating goldens. */
  static String golden(String path, String actual) {
    Path file = Path.of("src/test/resources/goldens", path);
    try {
      if (Boolean.getBoolean(UPDATE)) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
      }
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "missing golden file " + file + "; run the tests with -D" + UPDATE + "=true", e);
    }
  }
}
