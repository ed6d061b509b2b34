package dev.parzen.samples;

import dev.parzen.*;
import dev.parzen.samples.tribuo.*;
import dev.parzen.samples.xgboost.*;
import org.junit.jupiter.api.Test;

class ScratchProbeTests {
  @Test
  void bc() {
    var s = new XgbBreastCancerTuning();
    var r =
        Parzen.minimize(
                Spaces.of(XgbParams.class),
                (XgbParams p, TrialContext t) -> Loss.of(s.validationLogLoss(p, t)))
            .name("bc")
            .seed(7)
            .earlyStop(EarlyStop.noProgress(50))
            .resume(false)
            .run();
    s.compareAndRefit(r.best().params(), r);
  }

  @Test
  void tribuo() {
    var s = new TribuoDigitsTuning();
    var r =
        Parzen.maximize(
                Spaces.of(ClassifierParams.class), (ClassifierParams p) -> s.validationAccuracy(p))
            .name("tribuo")
            .seed(7)
            .earlyStop(EarlyStop.noProgress(40))
            .resume(false)
            .run();
    s.compareWithDefaults(r.best().params(), r);
  }

  @Test
  void diabetes() {
    var s = new XgbDiabetesTuning();
    var r =
        Parzen.minimize(
                Spaces.of(XgbRegressionParams.class),
                (XgbRegressionParams p, TrialContext t) -> s.validationRmse(p, t))
            .name("diabetes")
            .seed(7)
            .earlyStop(EarlyStop.noProgress(40))
            .resume(false)
            .run();
    s.compareWithDefaults(r.best().params(), r);
  }
}
