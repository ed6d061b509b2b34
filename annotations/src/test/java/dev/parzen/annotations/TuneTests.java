package dev.parzen.annotations;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;
import org.junit.platform.commons.annotation.Testable;

class TuneTests {

  @Tune
  void objective() {}

  @Test
  void tuneIsMetaAnnotatedTestableSoIdesOfferToRunIt() {
    assertThat(Tune.class.isAnnotationPresent(Testable.class)).isTrue();
  }

  @Test
  void defaultsMeanAdviceFreshSeedAndNoLimits() throws NoSuchMethodException {
    Method m = TuneTests.class.getDeclaredMethod("objective");
    Tune tune = m.getAnnotation(Tune.class);

    assertThat(tune.maxEvals()).isEqualTo(-1);
    assertThat(tune.parallelism()).isEqualTo(1);
    assertThat(tune.seed()).isEqualTo(-1);
    assertThat(tune.direction()).isEqualTo(Direction.MINIMIZE);
    assertThat(tune.algorithm()).isEqualTo(Search.TPE);
    assertThat(tune.timeout()).isEmpty();
    assertThat(tune.trialTimeout()).isEmpty();
    assertThat(tune.threadsPerTrial()).isEqualTo(1);
    assertThat(tune.lossThreshold()).isNaN();
    assertThat(tune.earlyStop().trials()).isZero();
    assertThat(tune.maxFailureRate()).isEqualTo(0.5);
  }
}
