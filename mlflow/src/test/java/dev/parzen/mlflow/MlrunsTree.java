package dev.parzen.mlflow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * An {@code mlruns} directory read back the way MLflow's {@code FileStore} reads it: {@code
 * meta.yaml} through a PyYAML-compatible parser, params, tags and metrics from their files.
 */
final class MlrunsTree {

  /** A run directory and what it holds. */
  record RunDir(
      Path dir,
      String metaText,
      Map<String, Object> meta,
      Map<String, String> params,
      Map<String, String> tags,
      Map<String, String> metrics) {

    String id() {
      return dir.getFileName().toString();
    }

    String name() {
      return tags.get("mlflow.runName");
    }

    String parentId() {
      return tags.get("mlflow.parentRunId");
    }
  }

  private final Path root;

  MlrunsTree(Path root) {
    this.root = root;
  }

  Path root() {
    return root;
  }

  static Map<String, Object> yaml(Path file) {
    try {
      return new Yaml(new SafeConstructor(new LoaderOptions()))
          .load(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The experiment directories under the root (not {@code .trash}), by id. */
  Map<String, Path> experiments() {
    Map<String, Path> out = new LinkedHashMap<>();
    for (Path d : list(root)) {
      if (Files.isDirectory(d) && !d.getFileName().toString().equals(".trash")) {
        out.put(d.getFileName().toString(), d);
      }
    }
    return out;
  }

  /** The experiment called {@code name}. */
  Path experiment(String name) {
    return experiments().values().stream()
        .filter(d -> name.equals(yaml(d.resolve("meta.yaml")).get("name")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no experiment " + name + " in " + root));
  }

  /** The runs of an experiment: its sub-directories except MLflow's reserved ones. */
  List<RunDir> runs(Path experiment) {
    List<RunDir> out = new ArrayList<>();
    for (Path d : list(experiment)) {
      String n = d.getFileName().toString();
      if (Files.isDirectory(d) && !List.of("tags", "datasets", "traces").contains(n)) {
        out.add(run(d));
      }
    }
    return out;
  }

  List<RunDir> parents(Path experiment) {
    return runs(experiment).stream().filter(r -> r.parentId() == null).toList();
  }

  List<RunDir> children(Path experiment, RunDir parent) {
    return runs(experiment).stream()
        .filter(r -> parent.id().equals(r.parentId()))
        .sorted((a, b) -> a.name().compareTo(b.name()))
        .toList();
  }

  private static RunDir run(Path d) {
    try {
      return new RunDir(
          d,
          Files.readString(d.resolve("meta.yaml")),
          yaml(d.resolve("meta.yaml")),
          files(d.resolve("params")),
          files(d.resolve("tags")),
          files(d.resolve("metrics")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every file under {@code dir}, by its path relative to it (keys with '/' are sub-folders). */
  private static Map<String, String> files(Path dir) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
        out.put(dir.relativize(f).toString(), Files.readString(f, StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  private static List<Path> list(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
