package dev.parzen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EarlyStopTests {

  private static List<Observation> history(double... losses) {
    List<Observation> out = new ArrayList<>();
    for (int i = 0; i < losses.length; i++) {
      TrialStatus s = Double.isNaN(losses[i]) ? TrialStatus.FAILED : TrialStatus.OK;
      out.add(new Observation(i, Assignment.empty(), s, losses[i]));
    }
    return out;
  }

  @Test
  void stopsAfterTheGivenNumberOfTrialsWithoutANewBest() {
    EarlyStop rule = EarlyStop.noProgress(3);
    assertThat(rule.shouldStop(history(5, 4, 6, 7))).isFalse();
    assertThat(rule.shouldStop(history(5, 4, 6, 7, 8))).isTrue();
  }

  @Test
  void aFailureNeverResetsTheCount() {
    EarlyStop rule = EarlyStop.noProgress(3);
    assertThat(rule.shouldStop(history(1, Double.NaN, Double.NaN, Double.NaN))).isTrue();
  }

  @Test
  void failuresBeforeAnySuccessCountAsNoProgress() {
    assertThat(EarlyStop.noProgress(2).shouldStop(history(Double.NaN, Double.NaN))).isTrue();
  }

  @Test
  void smallImprovementsBelowTheRelativeThresholdAreNoProgress() {
    EarlyStop rule = EarlyStop.noProgress(2, 0.1);
    assertThat(rule.shouldStop(history(1.0, 0.95, 0.92))).isTrue();
    assertThat(rule.shouldStop(history(1.0, 0.95, 0.85))).isFalse();
  }
}
