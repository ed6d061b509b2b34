package dev.parzen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MethodObjectiveTests {

  /** Objective methods as users write them. */
  static final class Objectives {
    double plain(Double x) {
      return x * 2;
    }

    Loss withTrial(Double x, TrialContext trial) {
      return Loss.of(x + trial.trialNumber());
    }

    Loss nothing(Double x) {
      return null;
    }

    String words(Double x) {
      return "low";
    }

    double broken(Double x) {
      throw new IllegalStateException("diverged at " + x);
    }
  }

  private static Loss call(String name, Class<?>... types) throws Exception {
    Method m = Objectives.class.getDeclaredMethod(name, types);
    return MethodObjective.call(m, new Objectives(), 1.5, null);
  }

  @Test
  void aReturnedNumberBecomesTheLoss() throws Exception {
    assertThat(call("plain", Double.class).value()).isEqualTo(3.0);
  }

  @Test
  void aSecondParameterReceivesTheTrial() throws Exception {
    Method m = Objectives.class.getDeclaredMethod("withTrial", Double.class, TrialContext.class);
    Space<Assignment> space = Space.builder().uniform("x", 0, 1).build();
    TrialTask<Assignment> trial =
        new TrialTask<>(
            new PendingTrial(4, Assignment.empty(), 0, Instant.now()),
            "t",
            space,
            (p, t) -> Loss.of(0),
            1,
            Map.of(),
            outcome -> {});
    assertThat(MethodObjective.call(m, new Objectives(), 1.5, trial).value()).isEqualTo(5.5);
  }

  @Test
  void nullIsAFailureNamingTheMethod() throws Exception {
    assertThat(call("nothing", Double.class).failureReason())
        .contains("nothing returned null instead of a loss");
  }

  @Test
  void anythingElseIsAnErrorNamingWhatWasReturned() {
    assertThatThrownBy(() -> call("words", Double.class))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("returned a java.lang.String (low)");
  }

  @Test
  void whatTheMethodThrowsIsRethrownAsItIs() {
    assertThatThrownBy(() -> call("broken", Double.class))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("diverged at 1.5");
  }
}
