package dev.parzen.spark;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Spark standalone Master and Worker started as separate JVMs on 127.0.0.1, as on a real cluster:
 * the Worker launches executor JVMs for each application. Their class path is a fake SPARK_HOME
 * whose jars/ links to the jars of this JVM's class path; class directories are not there, so the
 * tuning's own classes reach executors only if the driver ships them. Every process is stopped by
 * pid, descendants first.
 */
final class StandaloneCluster implements AutoCloseable {

  private static final Pattern MASTER_URL =
      Pattern.compile("Starting Spark master at (spark://127\\.0\\.0\\.1:\\d+)");
  private static final Duration START = Duration.ofMinutes(2);

  private final Path dir;
  private final Path sparkHome;
  private final List<Process> processes = new ArrayList<>();
  private String masterUrl;
  private Process worker;

  private StandaloneCluster(Path dir) {
    this.dir = dir;
    this.sparkHome = dir.resolve("spark-home");
  }

  /**
   * Starts a Master, and a Worker with {@code cores} cores that registers in the background (the
   * driver can start meanwhile), logging into {@code dir}.
   */
  static StandaloneCluster start(Path dir, int cores) throws IOException, InterruptedException {
    StandaloneCluster c = new StandaloneCluster(dir);
    try {
      c.linkJars();
      c.startMaster();
      c.startWorker(cores);
      return c;
    } catch (IOException | InterruptedException | RuntimeException e) {
      c.close();
      throw e;
    }
  }

  String masterUrl() {
    return masterUrl;
  }

  /** The pids of the executor JVMs the Worker runs now. */
  List<Long> executorPids() {
    return worker
        .descendants()
        .filter(p -> p.info().commandLine().orElse("").contains("CoarseGrainedExecutorBackend"))
        .map(ProcessHandle::pid)
        .toList();
  }

  private void linkJars() throws IOException {
    Path jars = Files.createDirectories(sparkHome.resolve("jars"));
    for (String entry : classPath()) {
      Path p = Path.of(entry);
      if (Files.isRegularFile(p) && p.toString().endsWith(".jar")) {
        Path link = jars.resolve(p.getFileName());
        if (!Files.exists(link)) {
          Files.createSymbolicLink(link, p.toAbsolutePath());
        }
      }
    }
  }

  private void startMaster() throws IOException, InterruptedException {
    Process master =
        launch(
            "master",
            List.of(
                "-Dspark.master.rest.enabled=false",
                "org.apache.spark.deploy.master.Master",
                "--host",
                "127.0.0.1",
                "--port",
                "0",
                "--webui-port",
                "0"));
    Matcher m = awaitLog(master, "master", MASTER_URL);
    masterUrl = m.group(1);
  }

  private void startWorker(int cores) throws IOException, InterruptedException {
    Path work = Files.createDirectories(dir.resolve("work"));
    worker =
        launch(
            "worker",
            List.of(
                "org.apache.spark.deploy.worker.Worker",
                masterUrl,
                "--host",
                "127.0.0.1",
                "--port",
                "0",
                "--webui-port",
                "0",
                "--cores",
                String.valueOf(cores),
                "--memory",
                "2g",
                "--work-dir",
                work.toString()));
  }

  private Process launch(String name, List<String> args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    command.add("-cp");
    command.add(sparkHome.resolve("jars") + File.separator + "*");
    command.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.redirectOutput(dir.resolve(name + ".log").toFile());
    Map<String, String> env = pb.environment();
    env.put("SPARK_HOME", sparkHome.toString());
    env.put("SPARK_SCALA_VERSION", "2.13");
    env.put("SPARK_LOCAL_IP", "127.0.0.1");
    // Executors keep fetched jars here, not in /tmp: a killed executor cannot clean up.
    env.put("SPARK_LOCAL_DIRS", dir.resolve("local").toString());
    Process p = pb.start();
    processes.add(p);
    return p;
  }

  private Matcher awaitLog(Process p, String name, Pattern pattern)
      throws IOException, InterruptedException {
    Path log = dir.resolve(name + ".log");
    long deadline = System.nanoTime() + START.toNanos();
    while (System.nanoTime() < deadline) {
      if (!p.isAlive()) {
        throw new IllegalStateException(name + " exited:\n" + Files.readString(log));
      }
      String text = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
      Matcher m = pattern.matcher(text);
      if (m.find()) {
        return m;
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException(
        name + " did not start within " + START + ":\n" + Files.readString(log));
  }

  static List<String> classPath() {
    String surefire = System.getProperty("surefire.test.class.path");
    String cp = surefire != null ? surefire : System.getProperty("java.class.path");
    return List.of(cp.split(File.pathSeparator));
  }

  /** Stops the Worker (and the executors it runs) and the Master, by pid. */
  @Override
  public void close() {
    for (int i = processes.size() - 1; i >= 0; i--) {
      stop(processes.get(i).toHandle());
    }
  }

  private static void stop(ProcessHandle p) {
    List<ProcessHandle> children = p.descendants().toList();
    p.destroy();
    children.forEach(ProcessHandle::destroy);
    for (ProcessHandle h : concat(p, children)) {
      try {
        h.onExit().get(15, TimeUnit.SECONDS);
      } catch (Exception e) {
        h.destroyForcibly();
      }
    }
  }

  private static List<ProcessHandle> concat(ProcessHandle p, List<ProcessHandle> rest) {
    List<ProcessHandle> all = new ArrayList<>(rest);
    all.add(0, p);
    return all;
  }
}
