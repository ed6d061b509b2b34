package dev.parzen.mlflow.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * A {@link TrackingStore} that writes MLflow's local file store ({@code mlruns/}) directly, so a
 * user without a server can open the runs later with {@code mlflow ui --backend-store-uri file:…}.
 * Layout and formats follow MLflow's {@code FileStore}: see {@code docs/mlflow.md}.
 */
public final class FileStore implements TrackingStore {

  /** The folder deleted experiments are moved to. */
  static final String TRASH = ".trash";

  private static final Map<Path, Object> ROOT_LOCKS = new ConcurrentHashMap<>();

  private final Path root;
  private final String user;
  private final Map<String, FileStoreMeta.Run> runs = new HashMap<>();

  /** A store in {@code root}, created when missing, writing runs as {@code user}. */
  public FileStore(Path root, String user) {
    this.root = root.toAbsolutePath().normalize();
    this.user = user;
  }

  @Override
  public String experimentId(String name) throws IOException {
    synchronized (ROOT_LOCKS.computeIfAbsent(root, r -> new Object())) {
      initialise();
      Optional<Found> found = find(root, name).or(() -> find(root.resolve(TRASH), name));
      if (found.isEmpty()) {
        return create(name);
      }
      if (found.get().active()) {
        return found.get().id();
      }
      String id = found.get().id();
      throw new IOException(
          ("MLflow experiment '%s' (id %s) in %s is deleted; restore it (mlflow experiments"
                  + " restore --experiment-id %s) or choose another name with"
                  + " parzen.mlflow.experiment")
              .formatted(name, id, root, id));
    }
  }

  @Override
  public String createRun(NewRun run) throws IOException {
    String id = UUID.randomUUID().toString().replace("-", "");
    Path dir = root.resolve(run.experimentId()).resolve(id);
    Files.createDirectory(dir);
    for (String sub : List.of("artifacts", "metrics", "params", "tags")) {
      Files.createDirectory(dir.resolve(sub));
    }
    FileStoreMeta.Run meta =
        new FileStoreMeta.Run(
            run.experimentId(),
            id,
            run.name(),
            uri(dir.resolve("artifacts")),
            user,
            run.startTime(),
            null,
            RunStatus.RUNNING);
    AtomicFiles.write(dir.resolve("meta.yaml"), meta.yaml(), dir);
    runs.put(id, meta);
    Map<String, Tag> tags = new LinkedHashMap<>();
    tags.put("mlflow.runName", new Tag("mlflow.runName", run.name()));
    run.tags().forEach(t -> tags.put(t.key(), t));
    log(id, LogBatch.ofTags(List.copyOf(tags.values())));
    return id;
  }

  @Override
  public void log(String runId, LogBatch batch) throws IOException {
    Path dir = runDir(runId);
    for (Param p : batch.params()) {
      writeParam(dir, p);
    }
    for (Tag t : batch.tags()) {
      writeTag(dir, t);
    }
    Map<String, StringBuilder> lines = new LinkedHashMap<>();
    for (Metric m : batch.metrics()) {
      lines
          .computeIfAbsent(m.key(), k -> new StringBuilder())
          .append(m.timestamp())
          .append(' ')
          .append(Double.toString(m.value()))
          .append(' ')
          .append(m.step())
          .append('\n');
    }
    for (Map.Entry<String, StringBuilder> e : lines.entrySet()) {
      Files.writeString(
          resource(dir, "metrics", e.getKey()),
          e.getValue(),
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    }
  }

  @Override
  public void finishRun(String runId, RunStatus status, long endTime) throws IOException {
    Path dir = runDir(runId);
    FileStoreMeta.Run meta = runs.get(runId).finished(status, endTime);
    AtomicFiles.write(dir.resolve("meta.yaml"), meta.yaml(), dir);
    runs.put(runId, meta);
  }

  @Override
  public String describeRun(String experimentId, String runId) {
    return root.resolve(experimentId).resolve(runId).toString();
  }

  /** The store's root directory. */
  public Path root() {
    return root;
  }

  private void initialise() throws IOException {
    Files.createDirectories(root.resolve(TRASH));
    if (!Files.exists(root.resolve("0")) && !Files.exists(root.resolve(TRASH).resolve("0"))) {
      writeExperiment("0", "Default");
    }
  }

  private String create(String name) throws IOException {
    while (true) {
      String id = Long.toString(UUID.randomUUID().getMostSignificantBits() & Long.MAX_VALUE);
      try {
        Files.createDirectory(root.resolve(id));
      } catch (FileAlreadyExistsException taken) {
        continue;
      }
      writeExperiment(id, name);
      return id;
    }
  }

  private void writeExperiment(String id, String name) throws IOException {
    Path dir = Files.createDirectories(root.resolve(id));
    var meta = new FileStoreMeta.Experiment(id, name, uri(dir), System.currentTimeMillis());
    AtomicFiles.write(dir.resolve("meta.yaml"), meta.yaml(), dir);
  }

  /** The experiment called {@code name} directly under {@code parent}, if any. */
  private static Optional<Found> find(Path parent, String name) {
    if (!Files.isDirectory(parent)) {
      return Optional.empty();
    }
    boolean trash = parent.getFileName().toString().equals(TRASH);
    try (Stream<Path> dirs = Files.list(parent)) {
      for (Path dir : (Iterable<Path>) dirs.sorted()::iterator) {
        Path meta = dir.resolve("meta.yaml");
        String id = dir.getFileName().toString();
        if (id.equals(TRASH) || !Files.isRegularFile(meta)) {
          continue;
        }
        Map<String, String> m = MetaYaml.read(Files.readString(meta, StandardCharsets.UTF_8));
        // MLflow ignores an experiment whose meta.yaml names another id; so do we.
        if (name.equals(m.get("name")) && id.equals(m.get("experiment_id"))) {
          return Optional.of(new Found(id, !trash && !"deleted".equals(m.get("lifecycle_stage"))));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Optional.empty();
  }

  /** An experiment found by name. */
  private record Found(String id, boolean active) {}

  private Path runDir(String runId) throws IOException {
    FileStoreMeta.Run meta = runs.get(runId);
    if (meta == null) {
      throw new NoSuchFileException("run " + runId + " was not created by this store");
    }
    return root.resolve(meta.experimentId()).resolve(runId);
  }

  /** The file of a param, metric or tag: keys with {@code /} live in sub-folders. */
  private static Path resource(Path runDir, String kind, String key) throws IOException {
    Path file = runDir.resolve(kind).resolve(key);
    Files.createDirectories(file.getParent());
    return file;
  }

  /** A new tag is written directly, as MLflow does; a changed one is replaced atomically. */
  private static void writeTag(Path runDir, Tag t) throws IOException {
    Path file = resource(runDir, "tags", t.key());
    try {
      Files.writeString(file, t.value(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
    } catch (FileAlreadyExistsException e) {
      AtomicFiles.write(file, t.value(), runDir);
    }
  }

  private static void writeParam(Path runDir, Param p) throws IOException {
    Path file = resource(runDir, "params", p.key());
    try {
      Files.writeString(file, p.value(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
    } catch (FileAlreadyExistsException e) {
      String existing = Files.readString(file, StandardCharsets.UTF_8);
      if (!existing.equals(p.value())) {
        throw new IOException(
            ("param '%s' of run %s already has the value '%s'; MLflow params are write-once, so"
                    + " '%s' cannot replace it")
                .formatted(p.key(), runDir.getFileName(), existing, p.value()),
            e);
      }
    }
  }

  /** A {@code file:///…} URI without trailing slash, as Python's {@code Path.as_uri()} gives. */
  private static String uri(Path p) {
    return p.toAbsolutePath().normalize().toUri().toString().replaceAll("/+$", "");
  }
}
