package dev.parzen.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parzen.Assignment;
import dev.parzen.Loss;
import dev.parzen.Parzen;
import dev.parzen.Space;
import dev.parzen.Trial;
import dev.parzen.TuningResult;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The executor on {@code local-cluster[2,1,1024]}: a master and two workers inside this JVM, each
 * worker running its executor as a separate JVM, so trials really leave the driver's process.
 */
@Timeout(value = 3, unit = java.util.concurrent.TimeUnit.MINUTES)
class LocalClusterTests {

  private static final Space<Assignment> SPACE = Space.builder().uniform("x", 0, 1).build();
  private static final String DRIVER_PID = String.valueOf(ProcessHandle.current().pid());

  private static SparkExecutor spark;

  @BeforeAll
  static void startCluster() throws InterruptedException {
    spark = SparkExecutor.builder().master("local-cluster[2,1,1024]").appName("cluster").build();
    // The driver and one executor; the other executor joins while the first tests run.
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (spark.context().sc().getExecutorMemoryStatus().size() < 2) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("no executor of local-cluster[2,1,1024] registered");
      }
      Thread.sleep(100);
    }
  }

  @AfterAll
  static void stopCluster() {
    spark.close();
  }

  @Test
  void trialsRunInExecutorJvmsOtherThanTheDriver() {
    TuningResult<Assignment> r =
        Parzen.minimize(
                SPACE,
                (p, trial) ->
                    Loss.of(p.getDouble("x"))
                        .withAttachment("pid", String.valueOf(ProcessHandle.current().pid())))
            .maxEvals(8)
            .parallelism(2)
            .executor(spark)
            .discoverListeners(false)
            .run();
    assertThat(r.trials().list()).hasSize(8).allMatch(Trial::isOk);
    assertThat(r.trials().list())
        .extracting(t -> t.attachments().get("pid"))
        .doesNotContainNull()
        .doesNotContain(DRIVER_PID);
  }

  @Test
  void aTuningClassIsCreatedOncePerExecutorJvmAndReused() {
    TuningResult<Assignment> r =
        Parzen.minimize(
                SPACE,
                new ReflectiveMethodObjective<Assignment>(new CountingTuningTestCase(), "loss"))
            .maxEvals(10)
            .parallelism(2)
            .executor(spark)
            .discoverListeners(false)
            .run();
    assertThat(r.trials().list()).hasSize(10).allMatch(Trial::isOk);
    assertThat(r.trials().list())
        .allSatisfy(t -> assertThat(t.attachments().get("pid")).isNotEqualTo(DRIVER_PID))
        .allSatisfy(t -> assertThat(t.attachments().get("constructedInThisJvm")).isEqualTo("1"));
    Map<String, List<String>> instancesByPid =
        r.trials().stream()
            .collect(
                Collectors.groupingBy(
                    t -> t.attachments().get("pid"),
                    Collectors.mapping(t -> t.attachments().get("instance"), Collectors.toList())));
    assertThat(instancesByPid.values()).allSatisfy(ids -> assertThat(ids).containsOnly(ids.get(0)));
  }

  @Test
  void anExceptionInAnExecutorJvmComesBackWithItsClassMessageAndStack() {
    TuningResult<Assignment> r =
        Parzen.minimize(SPACE, LocalSparkTests::failAboveHalf)
            .maxEvals(8)
            .parallelism(2)
            .seed(3)
            .executor(spark)
            .discoverListeners(false)
            .run();
    assertThat(r.trials().failed())
        .isNotEmpty()
        .allSatisfy(
            t -> {
              assertThat(t.error().orElseThrow().type())
                  .isEqualTo(LocalSparkTests.ObjectiveException.class.getName());
              assertThat(t.error().orElseThrow().stackTrace()).contains("failAboveHalf");
            });
  }

  @Test
  void broadcastsAreReadInExecutorJvms() {
    spark.broadcast("weights", new double[] {10, 20});
    TuningResult<Assignment> r =
        Parzen.minimize(
                SPACE,
                (p, trial) ->
                    Loss.of(SparkBroadcasts.of(trial).value("weights", double[].class)[1]))
            .maxEvals(2)
            .executor(spark)
            .discoverListeners(false)
            .run();
    assertThat(r.best().loss()).isEqualTo(20.0);
  }

  @Test
  void moreThreadsPerTrialThanAnExecutorHasCoresFallBackToOneSlotAndSaySo() {
    TuningResult<Assignment> r =
        Parzen.minimize(SPACE, (p, trial) -> Loss.of(trial.threadsPerTrial()))
            .maxEvals(2)
            .threadsPerTrial(2)
            .executor(spark)
            .discoverListeners(false)
            .run();
    assertThat(r.best().loss()).isEqualTo(2.0);
    assertThat(r.diagnostics())
        .extracting(d -> d.message())
        .anySatisfy(m -> assertThat(m).contains("more than the 1 cores of an executor"));
  }
}
