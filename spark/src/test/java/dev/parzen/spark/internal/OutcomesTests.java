package dev.parzen.spark.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parzen.Loss;
import dev.parzen.TrialError;
import dev.parzen.TrialOutcome;
import java.time.Instant;
import org.apache.spark.SparkException;
import org.junit.jupiter.api.Test;

class OutcomesTests {

  @Test
  void aJobAbortedByALostExecutorIsAnExecutorLostFailure() {
    SparkException e =
        new SparkException(
            "Job aborted due to stage failure: Task 0 in stage 8.0 failed 1 times, most recent"
                + " failure: Lost task 0.0 in stage 8.0 (TID 8) (127.0.0.1 executor 0):"
                + " ExecutorLostFailure (executor 0 exited caused by one of the running tasks)"
                + " Reason: Command exited with code 137\nDriver stacktrace:");
    TrialError error = Outcomes.jobFailure(e);
    assertThat(error.type()).isEqualTo("executor lost");
    assertThat(error.message())
        .startsWith("(executor 0 exited caused by one of the running tasks) Reason: Command")
        .contains("never runs an objective twice");
  }

  @Test
  void aClassMissingOnTheExecutorsSaysHowToShipTheClassPath() {
    TrialError error =
        Outcomes.jobFailure(
            new SparkException("Task failed: java.lang.ClassNotFoundException: com.example.T"));
    assertThat(error.type()).isEqualTo(SparkException.class.getName());
    assertThat(error.message()).contains("parzen.spark.classpath");
  }

  @Test
  void aRetriedAttemptFailsTheTrialAsExecutorLost() {
    TrialOutcome o = Outcomes.of(RemoteResult.notRerun(1, "3@host"), Instant.now(), 0);
    assertThat(o).isInstanceOf(TrialOutcome.Failed.class);
    assertThat(((TrialOutcome.Failed) o).error().summary())
        .startsWith("executor lost: the trial's task was started again on executor 3@host");
  }

  @Test
  void aCompletedResultKeepsTheLossItsVarianceAndAttachmentsAndNamesTheExecutor() {
    Loss sent = Loss.of(0.25, 0.01).withAttachment("model", "m.bin");
    TrialOutcome o =
        Outcomes.of(RemoteResult.completed(sent, Instant.now(), 5, "1@host"), Instant.now(), 0);
    Loss got = ((TrialOutcome.Completed) o).loss();
    assertThat(got.value()).isEqualTo(0.25);
    assertThat(got.variance()).isEqualTo(0.01);
    assertThat(got.attachments())
        .containsEntry("model", "m.bin")
        .containsEntry("spark.executor", "1@host");
  }

  @Test
  void aReportedFailureStaysAFailureWithItsReason() {
    TrialOutcome o =
        Outcomes.of(
            RemoteResult.completed(Loss.fail("diverged"), Instant.now(), 5, "1@host"),
            Instant.now(),
            0);
    assertThat(((TrialOutcome.Completed) o).loss().failureReason()).hasValue("diverged");
  }
}
