package dev.parzen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExecutorDiagnosticsTests {

  @Test
  void anExecutorsWarningsJoinTheResultDiagnostics() {
    TrialExecutor serial = TrialExecutors.serial();
    TrialExecutor warning =
        new TrialExecutor() {
          @Override
          public int capacity(int parallelism, int threadsPerTrial) {
            return 1;
          }

          @Override
          public void execute(TrialTask<?> task) {
            serial.execute(task);
          }

          @Override
          public List<Diagnostic> diagnostics(int parallelism, int threadsPerTrial) {
            return List.of(
                new Diagnostic(
                    Diagnostic.Kind.PARALLELISM,
                    null,
                    "asked for %d x %d cores".formatted(parallelism, threadsPerTrial)));
          }

          @Override
          public String describe() {
            return "warning";
          }

          @Override
          public void close() {}
        };
    TuningResult<Assignment> r =
        Parzen.minimize(Space.builder().uniform("x", 0, 1).build(), p -> p.getDouble("x"))
            .maxEvals(2)
            .threadsPerTrial(3)
            .executor(warning)
            .discoverListeners(false)
            .run();
    assertThat(r.diagnostics()).extracting(Diagnostic::message).contains("asked for 1 x 3 cores");
  }
}
