package dev.parzen.spark.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parzen.spark.ClasspathShipping;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExecutorClasspathTests {

  @ParameterizedTest
  @CsvSource({
    "local[*], NONE",
    "local, NONE",
    "'local-cluster[2,1,1024]', EXTRA_CLASS_PATH",
    "spark://127.0.0.1:7077, EXTRA_CLASS_PATH",
    "spark://localhost:7077, EXTRA_CLASS_PATH",
    "spark://spark-master.example.com:7077, JARS",
    "yarn, JARS"
  })
  void autoShipsOnlyWhereExecutorsNeedItAndCopiesOnlyToOtherMachines(
      String master, ClasspathShipping expected) {
    assertThat(ExecutorClasspath.resolve(ClasspathShipping.AUTO, master)).isEqualTo(expected);
  }

  @Test
  void anExplicitChoiceIsKept() {
    assertThat(ExecutorClasspath.resolve(ClasspathShipping.NONE, "spark://host:7077"))
        .isEqualTo(ClasspathShipping.NONE);
  }

  @Test
  void relativeClassPathEntriesBecomeAbsoluteBecauseExecutorsRunElsewhere() {
    List<String> entries =
        ExecutorClasspath.entries("target/classes" + java.io.File.pathSeparator + "lib/a.jar");
    assertThat(entries)
        .containsExactly(
            Path.of("target/classes").toAbsolutePath().toString(),
            Path.of("lib/a.jar").toAbsolutePath().toString());
  }

  @Test
  void theClassPathOfAManifestOnlyJarIsIncluded(@TempDir Path tmp) throws IOException {
    java.util.jar.Manifest m = new java.util.jar.Manifest();
    m.getMainAttributes().put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
    m.getMainAttributes().put(java.util.jar.Attributes.Name.CLASS_PATH, "lib/x.jar classes/");
    Path booter = tmp.resolve("booter.jar");
    try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(booter), m)) {
      out.flush();
    }
    assertThat(ExecutorClasspath.entries(booter.toString()))
        .containsExactly(
            booter.toString(),
            tmp.resolve("lib/x.jar").toString(),
            tmp.resolve("classes").toString());
  }

  @Test
  void classDirectoriesAreShippedAsJarsWithTheirClasses(@TempDir Path tmp) throws IOException {
    Path classes = Files.createDirectories(tmp.resolve("classes/com/example"));
    Files.writeString(classes.resolve("Tuning.class"), "bytes");
    List<String> jars = ExecutorClasspath.jars(List.of(tmp.resolve("classes").toString()));
    assertThat(jars).hasSize(1);
    try (JarFile jar = new JarFile(jars.get(0))) {
      assertThat(jar.getEntry("com/example/Tuning.class")).isNotNull();
    }
  }

  @Test
  void jarsEverySparkDistributionHasAreNotShipped(@TempDir Path tmp) throws IOException {
    Path spark = Files.writeString(tmp.resolve("spark-core_2.13-4.2.0.jar"), "");
    Path scala = Files.writeString(tmp.resolve("scala-library-2.13.18.jar"), "");
    Path xgboost = Files.writeString(tmp.resolve("xgboost4j_2.12-3.4.0.jar"), "");
    List<String> jars =
        ExecutorClasspath.jars(List.of(spark.toString(), scala.toString(), xgboost.toString()));
    assertThat(jars).containsExactly(xgboost.toAbsolutePath().toString());
  }
}
