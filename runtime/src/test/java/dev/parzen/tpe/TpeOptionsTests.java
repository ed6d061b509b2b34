package dev.parzen.tpe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class TpeOptionsTests {

  @Test
  void hyperoptPresetMatchesHyperoptsDefaults() {
    TpeOptions h = TpeOptions.hyperopt();
    assertThat(h.startupTrials()).isEqualTo(20);
    assertThat(h.split()).isEqualTo(TpeOptions.Split.sqrt(0.25, 25));
    assertThat(h.candidates()).isEqualTo(24);
    assertThat(h.kernels()).isEqualTo(TpeOptions.Kernels.hyperopt());
    assertThat(h.multivariate()).isEqualTo(TpeOptions.Multivariate.OFF);
    assertThat(h.pending()).isEqualTo(TpeOptions.Pending.WORST);
  }

  @Test
  void optunaPresetMatchesOptunaFivesDefaults() {
    TpeOptions o = TpeOptions.optuna();
    assertThat(o.startupTrials()).isEqualTo(10);
    assertThat(o.split()).isEqualTo(TpeOptions.Split.linear(0.1, 25));
    assertThat(o.kernels()).isEqualTo(TpeOptions.Kernels.optuna());
    assertThat(o.multivariate()).isEqualTo(TpeOptions.Multivariate.GROUPED);
    assertThat(o.pending()).isEqualTo(TpeOptions.Pending.LIAR);
  }

  @Test
  void withersChangeOneSwitch() {
    TpeOptions o = TpeOptions.optuna().withCandidates(64).withStartupTrials(3);
    assertThat(o.candidates()).isEqualTo(64);
    assertThat(o.startupTrials()).isEqualTo(3);
    assertThat(o.withCandidates(24).withStartupTrials(10)).isEqualTo(TpeOptions.optuna());
  }

  @Test
  void invalidOptionsNameTheSwitchAndTheFix() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> TpeOptions.optuna().withCandidates(0))
        .withMessageContaining("candidates = 0")
        .withMessageContaining("use 1 or more");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> TpeOptions.Split.linear(-1, 25))
        .withMessageContaining("split.gamma = -1.0");
  }
}
