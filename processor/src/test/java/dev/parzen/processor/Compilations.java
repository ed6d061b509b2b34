package dev.parzen.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
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
