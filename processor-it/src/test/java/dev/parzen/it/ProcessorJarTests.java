package dev.parzen.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.jar.JarFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The packaged processor: registrations present, JavaPoet relocated inside. */
class ProcessorJarTests {

  private Path jar;

  @BeforeEach
  void locateTheProcessorJar() throws Exception {
    Class<?> processor = Class.forName("dev.parzen.processor.SpaceProcessor");
    jar = Path.of(processor.getProtectionDomain().getCodeSource().getLocation().toURI());
    // Before the package phase the reactor hands out the processor's classes directory.
    assumeTrue(jar.toString().endsWith(".jar"), "the processor is not packaged in this build");
  }

  @Test
  void javaPoetIsRelocatedUnderTheProcessorsPackage() throws IOException {
    try (JarFile file = new JarFile(jar.toFile())) {
      assertThat(file.getEntry("dev/parzen/processor/shaded/com/palantir/javapoet/JavaFile.class"))
          .isNotNull();
      assertThat(file.stream().map(e -> e.getName()))
          .noneMatch(name -> name.startsWith("com/palantir/"));
    }
  }

  @Test
  void processorIsRegisteredForJavacAndAsIsolatingForGradle() throws IOException {
    try (JarFile file = new JarFile(jar.toFile())) {
      assertThat(text(file, "META-INF/services/javax.annotation.processing.Processor"))
          .contains("dev.parzen.processor.SpaceProcessor");
      assertThat(text(file, "META-INF/gradle/incremental.annotation.processors"))
          .contains("dev.parzen.processor.SpaceProcessor,isolating");
    }
  }

  private static String text(JarFile file, String entry) throws IOException {
    try (InputStream in = file.getInputStream(file.getEntry(entry))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
