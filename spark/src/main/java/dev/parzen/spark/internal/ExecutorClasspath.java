package dev.parzen.spark.internal;

import dev.parzen.spark.ClasspathShipping;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;

/** Puts the driver's class path where executors of the chosen master can load it. */
final class ExecutorClasspath {

  private static final List<String> IN_EVERY_DISTRIBUTION =
      List.of("spark-", "scala-", "hadoop-client-", "rocksdbjni-", "icu4j-");

  private ExecutorClasspath() {}

  /** Applies {@code mode} for {@code master} to {@code conf}, unless the user set the key. */
  static void apply(SparkConf conf, String master, ClasspathShipping mode) {
    switch (resolve(mode, master)) {
      case EXTRA_CLASS_PATH ->
          conf.setIfMissing(
              "spark.executor.extraClassPath", String.join(File.pathSeparator, entries()));
      case JARS -> {
        String jars = String.join(",", jars(entries()));
        String existing = conf.get("spark.jars", "");
        conf.set("spark.jars", existing.isBlank() ? jars : existing + "," + jars);
      }
      default -> {}
    }
  }

  static ClasspathShipping resolve(ClasspathShipping mode, String master) {
    if (mode != ClasspathShipping.AUTO) {
      return mode;
    }
    if (master.equals("local") || master.startsWith("local[")) {
      return ClasspathShipping.NONE;
    }
    boolean onThisMachine =
        master.startsWith("local-cluster")
            || master.startsWith("spark://127.0.0.1:")
            || master.startsWith("spark://localhost:");
    return onThisMachine ? ClasspathShipping.EXTRA_CLASS_PATH : ClasspathShipping.JARS;
  }

  /**
   * The driver's class path: Surefire's test class path when running under it, otherwise {@code
   * java.class.path} with manifest-only jars (IDE and Surefire launchers) expanded.
   */
  static List<String> entries() {
    String surefire = System.getProperty("surefire.test.class.path");
    return entries(surefire != null ? surefire : System.getProperty("java.class.path", ""));
  }

  /**
   * The entries of {@code classPath} as absolute paths (executors run in other directories), with
   * the class paths of manifest-only jars added.
   */
  static List<String> entries(String classPath) {
    Set<String> out = new LinkedHashSet<>();
    for (String e : classPath.split(File.pathSeparator)) {
      if (!e.isBlank()) {
        Path p = Path.of(e).toAbsolutePath().normalize();
        out.add(p.toString());
        out.addAll(manifestClassPath(p));
      }
    }
    return new ArrayList<>(out);
  }

  private static List<String> manifestClassPath(Path jar) {
    if (!Files.isRegularFile(jar) || !jar.toString().endsWith(".jar")) {
      return List.of();
    }
    try (JarFile f = new JarFile(jar.toFile())) {
      var manifest = f.getManifest();
      String cp =
          manifest == null
              ? null
              : manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
      if (cp == null || cp.isBlank()) {
        return List.of();
      }
      URI base = jar.toAbsolutePath().getParent().toUri();
      List<String> out = new ArrayList<>();
      for (String entry : cp.trim().split("\\s+")) {
        out.add(Path.of(base.resolve(entry)).toString());
      }
      return out;
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }

  /** The jars to ship for class path {@code entries}: directories packed, Spark's own left out. */
  static List<String> jars(List<String> entries) {
    List<String> out = new ArrayList<>();
    for (String e : entries) {
      Path p = Path.of(e);
      String name = p.getFileName() == null ? "" : p.getFileName().toString();
      if (Files.isDirectory(p)) {
        out.add(pack(p).toString());
      } else if (name.endsWith(".jar")
          && Files.isRegularFile(p)
          && IN_EVERY_DISTRIBUTION.stream().noneMatch(name::startsWith)) {
        out.add(p.toAbsolutePath().toString());
      }
    }
    return out;
  }

  private static Path pack(Path dir) {
    try {
      Path jar = Files.createTempFile("parzen-classes-", ".jar");
      jar.toFile().deleteOnExit();
      try (OutputStream os = Files.newOutputStream(jar);
          JarOutputStream out = new JarOutputStream(os);
          Stream<Path> files = Files.walk(dir)) {
        for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
          out.putNextEntry(
              new JarEntry(dir.relativize(f).toString().replace(File.separatorChar, '/')));
          Files.copy(f, out);
          out.closeEntry();
        }
      }
      return jar;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot pack " + dir + " into a jar for Spark executors", e);
    }
  }
}
