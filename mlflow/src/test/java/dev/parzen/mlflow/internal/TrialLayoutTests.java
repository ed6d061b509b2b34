package dev.parzen.mlflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parzen.TrialStatus;
import org.junit.jupiter.api.Test;

class TrialLayoutTests {

  @Test
  void trialStatusesMapToRunStatuses() {
    assertThat(TrialLayout.status(TrialStatus.OK)).isEqualTo(RunStatus.FINISHED);
    assertThat(TrialLayout.status(TrialStatus.FAILED)).isEqualTo(RunStatus.FAILED);
    assertThat(TrialLayout.status(TrialStatus.TIMED_OUT)).isEqualTo(RunStatus.FAILED);
    assertThat(TrialLayout.status(TrialStatus.CANCELLED)).isEqualTo(RunStatus.KILLED);
    assertThat(TrialLayout.status(TrialStatus.INTERRUPTED)).isEqualTo(RunStatus.KILLED);
  }

  @Test
  void runNamesSortInTrialOrder() {
    assertThat(TrialLayout.runName(7)).isEqualTo("trial-0007");
    assertThat(TrialLayout.runName(12345)).isEqualTo("trial-12345");
  }

  @Test
  void fileStoreStatusCodesFollowTheProtocolEnum() {
    assertThat(RunStatus.RUNNING.code()).isEqualTo(1);
    assertThat(RunStatus.FINISHED.code()).isEqualTo(3);
    assertThat(RunStatus.FAILED.code()).isEqualTo(4);
    assertThat(RunStatus.KILLED.code()).isEqualTo(5);
  }
}
