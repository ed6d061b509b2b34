package dev.parzen.spark.internal;

import java.util.List;
import java.util.Optional;
import org.apache.spark.SimpleFutureAction;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.rdd.RDD;
import org.apache.spark.resource.ResourceProfile;
import scala.collection.immutable.Seq;
import scala.concurrent.ExecutionContext;
import scala.jdk.javaapi.CollectionConverters;
import scala.runtime.BoxedUnit;

/**
 * Submits one trial as a one-task Spark job in its own job group, without blocking: Spark calls
 * back when the task's result arrives or the job fails, so no driver thread waits per trial and no
 * polling delays a result.
 */
public final class JobSubmission {

  private static final String GROUP = "spark.jobGroup.id";
  private static final String DESCRIPTION = "spark.job.description";
  private static final String INTERRUPT = "spark.job.interruptOnCancel";
  private static final ExecutionContext DIRECT = ExecutionContext.fromExecutor(Runnable::run);

  @SuppressWarnings("unchecked")
  private static final Seq<Object> FIRST_PARTITION =
      (Seq<Object>) (Seq<?>) CollectionConverters.asScala(List.of(0)).toSeq();

  private JobSubmission() {}

  /**
   * Submits {@code remote} for {@code job}. Sets the job group on the calling thread only for the
   * submission and restores whatever group the caller had.
   */
  static void submit(
      JavaSparkContext jsc, TrialJob job, RemoteTrial remote, Optional<ResourceProfile> profile) {
    SparkContext sc = jsc.sc();
    String group = sc.getLocalProperty(GROUP);
    String description = sc.getLocalProperty(DESCRIPTION);
    String interrupt = sc.getLocalProperty(INTERRUPT);
    // interruptOnCancel: a cancelled trial's thread is interrupted, so sleeping or waiting
    // objectives stop at once.
    sc.setJobGroup(
        job.group(), "parzen " + remote.tuningName() + " trial " + remote.number(), true);
    try {
      RDD<RemoteTrial> rdd = jsc.parallelize(List.of(remote), 1).rdd();
      profile.ifPresent(rdd::withResources);
      SimpleFutureAction<BoxedUnit> action =
          sc.submitJob(
              rdd,
              new TrialRunner(),
              FIRST_PARTITION,
              (index, result) -> {
                job.succeeded(result);
                return BoxedUnit.UNIT;
              },
              () -> BoxedUnit.UNIT);
      action.onComplete(
          done -> {
            if (done.isFailure()) {
              job.failed(done.failed().get());
            }
            return BoxedUnit.UNIT;
          },
          DIRECT);
    } finally {
      sc.setLocalProperty(GROUP, group);
      sc.setLocalProperty(DESCRIPTION, description);
      sc.setLocalProperty(INTERRUPT, interrupt);
    }
  }
}
