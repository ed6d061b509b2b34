package dev.parzen.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parzen.Assignment;
import dev.parzen.Loss;
import dev.parzen.Parzen;
import dev.parzen.Space;
import dev.parzen.Trial;
import dev.parzen.TrialError;
import dev.parzen.TrialStatus;
import dev.parzen.TuningResult;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The executor on Spark's local[2] master: trials are real Spark jobs, in this JVM. */
class LocalSparkTests {

  static final Space<Assignment> SPACE = Space.builder().uniform("x", 0, 1).build();

  private static JavaSparkContext jsc;
  private SparkExecutor spark;

  @BeforeAll
  static void startSpark() {
    jsc =
        new JavaSparkContext(
            new SparkConf()
                .setMaster("local[2]")
                .setAppName("LocalSparkTests")
                .set("spark.ui.enabled", "false")
                .set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1"));
    // The first jobs of a JVM take most of a second; trial timeouts below should not see that.
    jsc.parallelize(java.util.List.of(1, 2), 2).count();
  }

  @AfterAll
  static void stopSpark() {
    jsc.stop();
  }

  @BeforeEach
  void createExecutor() {
    spark = SparkExecutor.on(jsc);
  }

  @AfterEach
  void closeExecutor() {
    spark.close();
  }

  @Test
  void everyTrialIsEvaluatedAsASparkTaskAndRecorded() {
    TuningResult<Assignment> r =
        Parzen.minimize(SPACE, p -> Math.abs(p.getDouble("x") - 0.3))
            .maxEvals(12)
            .parallelism(2)
            .seed(1)
            .executor(spark)
            .discoverListeners(false)
            .run();
    assertThat(r.trials().list()).hasSize(12).allMatch(Trial::isOk);
    assertThat(r.trials().list())
        .allSatisfy(t -> assertThat(t.attachments().get("spark.executor")).startsWith("driver@"));
  }

  @Test
  void anExceptionBecomesAFailedTrialWithItsClassMessageAndStack() {
    TuningResult<Assignment> r =
        Parzen.minimize(SPACE, LocalSparkTests::failAboveHalf)
            .maxEvals(16)
            .parallelism(2)
            .seed(3)
            .executor(spark)
            .discoverListeners(false)
            .run();
    TrialError error = r.trials().failed().get(0).error().orElseThrow();
    assertThat(error.type()).isEqualTo(ObjectiveException.class.getName());
    assertThat(error.message()).startsWith("x too large: 0.");
    assertThat(error.stackTrace()).contains("failAboveHalf");
  }

  @Test
  void aMethodObjectiveRunsOnTheDriversInstanceInLocalMode() {
    CountingTuningTestCase instance = new CountingTuningTestCase();
    int constructed = CountingTuningTestCase.CONSTRUCTED.get();
    TuningResult<Assignment> r =
        Parzen.minimize(SPACE, new ReflectiveMethodObjective<Assignment>(instance, "loss"))
            .maxEvals(6)
            .parallelism(2)
            .executor(spark)
            .discoverListeners(false)
            .run();
    assertThat(CountingTuningTestCase.CONSTRUCTED.get()).isEqualTo(constructed);
    assertThat(r.trials().list())
        .extracting(t -> t.attachments().get("instance"))
        .containsOnly(String.valueOf(System.identityHashCode(instance)));
  }

  @Test
  void aGeneratedSpaceDecodesTheParametersOnTheExecutor() {
    TuningResult<Point> r =
        Parzen.minimize(new PointSpace(), p -> p.x() + p.n())
            .maxEvals(5)
            .executor(spark)
            .discoverListeners(false)
            .run();
    assertThat(r.best().params()).isInstanceOf(Point.class);
    assertThat(r.best().loss()).isEqualTo(r.best().params().x() + r.best().params().n());
  }

  @Test
  void anObjectiveIsSerialisedOncePerTuningNotOncePerTrial() {
    CountingPayload payload = new CountingPayload();
    Parzen.minimize(SPACE, p -> p.getDouble("x") + payload.weight)
        .maxEvals(8)
        .parallelism(2)
        .executor(spark)
        .discoverListeners(false)
        .run();
    assertThat(payload.serialised).hasValue(1);
  }

  @Test
  void anObjectiveThatCannotBeSerialisedIsRefusedWithTheFix() {
    Object notSerializable = new Object();
    assertThatThrownBy(
            () ->
                Parzen.minimize(SPACE, p -> p.getDouble("x") + notSerializable.hashCode())
                    .name("capturing")
                    .maxEvals(3)
                    .executor(spark)
                    .discoverListeners(false)
                    .run())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tuning 'capturing'")
        .hasMessageContaining("java.lang.Object, which is not Serializable")
        .hasMessageContaining("SparkExecutor.broadcast");
  }

  @Test
  void broadcastsReachTheObjectiveByName() {
    spark.broadcast("offset", 100.0);
    TuningResult<Assignment> r =
        Parzen.minimize(
                SPACE,
                (p, trial) ->
                    Loss.of(
                        p.getDouble("x") + SparkBroadcasts.of(trial).value("offset", Double.class)))
            .maxEvals(3)
            .executor(spark)
            .discoverListeners(false)
            .run();
    assertThat(r.best().loss()).isGreaterThanOrEqualTo(100.0);
  }

  @Test
  void anEarlyStopCancelsTheRunningJobsBeforeTheRunReturns() {
    TaskCounter tasks = new TaskCounter();
    jsc.sc().addSparkListener(tasks);
    try (SparkExecutor late = SparkExecutor.on(jsc)) {
      TuningResult<Assignment> r =
          Parzen.minimize(SPACE, LocalSparkTests::firstTrialHangs)
              .maxEvals(50)
              .parallelism(2)
              .earlyStop(dev.parzen.EarlyStop.noProgress(2))
              .executor(late)
              .discoverListeners(false)
              .run();
      assertThat(r.trials().list().get(0).status()).isEqualTo(TrialStatus.CANCELLED);
      assertThat(r.trials().list().get(0).error().orElseThrow().message())
          .doesNotContain("abandoned");
      assertThat(tasks.running()).isZero();
    } finally {
      jsc.sc().removeSparkListener(tasks);
    }
  }

  @Test
  void aTrialTimeoutCancelsItsJobAndTheRunGoesOn() {
    TaskCounter tasks = new TaskCounter();
    jsc.sc().addSparkListener(tasks);
    try (SparkExecutor late = SparkExecutor.on(jsc)) {
      TuningResult<Assignment> r =
          Parzen.minimize(SPACE, LocalSparkTests::firstTrialHangs)
              .maxEvals(6)
              .parallelism(2)
              .trialTimeout(java.time.Duration.ofSeconds(2))
              .executor(late)
              .discoverListeners(false)
              .run();
      assertThat(r.trials().list()).hasSize(6);
      assertThat(r.trials().list().get(0).status()).isEqualTo(TrialStatus.TIMED_OUT);
      assertThat(r.trials().ok()).isNotEmpty();
      assertThat(tasks.running()).isZero();
    } finally {
      jsc.sc().removeSparkListener(tasks);
    }
  }

  @Test
  void severalThreadsPerTrialInLocalModeCapTheTrialsAtOnceAndSayWhy() {
    TuningResult<Assignment> r =
        Parzen.minimize(SPACE, (p, trial) -> Loss.of(trial.threadsPerTrial()))
            .maxEvals(3)
            .parallelism(2)
            .threadsPerTrial(2)
            .executor(spark)
            .discoverListeners(false)
            .run();
    assertThat(r.best().loss()).isEqualTo(2.0);
    assertThat(r.diagnostics())
        .extracting(d -> d.message())
        .anySatisfy(m -> assertThat(m).contains("parallelism 2 reduced to 1"))
        .anySatisfy(m -> assertThat(m).contains("local mode has no stage-level scheduling"));
  }

  @Test
  void aParallelismAboveTheTaskSlotsIsWarnedAbout() {
    TuningResult<Assignment> r =
        Parzen.minimize(SPACE, p -> p.getDouble("x"))
            .maxEvals(40)
            .parallelism(4)
            .executor(spark)
            .discoverListeners(false)
            .run();
    assertThat(r.diagnostics())
        .extracting(d -> d.message())
        .anySatisfy(m -> assertThat(m).startsWith("parallelism 4 is more than the 2 task slot(s)"));
  }

  @Test
  void theProviderJoinsTheRunningContextAndLeavesItRunning() {
    try (dev.parzen.TrialExecutor named =
        dev.parzen.TrialExecutors.named(
            "spark", java.util.Map.of("parzen.spark.master", "local[2]"))) {
      assertThat(named).isInstanceOf(SparkExecutor.class);
      assertThat(named.describe()).isEqualTo("Spark local[2] (2 cores)");
    }
    assertThat(jsc.sc().isStopped()).isFalse();
  }

  static double failAboveHalf(Assignment p) {
    double x = p.getDouble("x");
    if (x > 0.5) {
      throw new ObjectiveException("x too large: " + x);
    }
    return x;
  }

  static Loss firstTrialHangs(Assignment p, dev.parzen.TrialContext trial) throws Exception {
    if (trial.trialNumber() == 0) {
      Thread.sleep(120_000);
    }
    return Loss.of(1.0);
  }

  /** An exception type of the objective's own. */
  static final class ObjectiveException extends RuntimeException {
    ObjectiveException(String message) {
      super(message);
    }
  }

  /** Captured by an objective; counts how often it is serialised. */
  static final class CountingPayload implements Serializable {
    final transient AtomicInteger serialised = new AtomicInteger();
    final double weight = 0;

    private void writeObject(ObjectOutputStream out) throws IOException {
      serialised.incrementAndGet();
      out.defaultWriteObject();
    }
  }
}
