package dev.parzen.junit.internal.execution;

import dev.parzen.Objective;
import dev.parzen.Parzen;
import dev.parzen.Space;
import dev.parzen.Tuning;
import dev.parzen.junit.internal.config.EngineConfiguration;
import dev.parzen.junit.internal.config.TuneAttributes;
import dev.parzen.junit.internal.descriptor.TuneDeclaration;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Everything decided about one tuning before it starts: its attributes with the engine-wide
 * overrides, its folder and journal, and whether its trials run inside their tests.
 *
 * @param declaration the {@code @Tune} method
 * @param attributes its attributes, overrides applied
 * @param folder {@code <parzen.dir>/<class>/<method>}: journal and reports
 * @param configuration the engine configuration
 */
record TuningSpec(
    TuneDeclaration declaration,
    TuneAttributes attributes,
    Path folder,
    EngineConfiguration configuration) {

  static TuningSpec of(TuneDeclaration declaration, EngineConfiguration configuration) {
    TuneAttributes attributes = TuneAttributes.of(declaration.tune()).overriddenBy(configuration);
    Path folder =
        configuration
            .dir()
            .resolve(declaration.testClass().getName())
            .resolve(declaration.method().getName());
    return new TuningSpec(declaration, attributes, folder, configuration);
  }

  /** {@code XgbTuning.logLoss}. */
  String name() {
    return declaration.tuningName();
  }

  /** The journal a run appends to and a rerun resumes. */
  Path journal() {
    return folder.resolve("journal.jsonl");
  }

  /**
   * True when the engine runs the trials itself, one at a time inside their tests (real timing and
   * output per trial): with {@code parzen.executor=serial}, or by default for a tuning of
   * parallelism 1 without time limits, which needs no thread that can be interrupted.
   */
  boolean runsInTests() {
    Optional<String> executor = configuration.executor();
    if (executor.isPresent()) {
      return executor.get().equals(ConfiguredExecutor.SERIAL);
    }
    return attributes.parallelism() == 1
        && attributes.timeout().isEmpty()
        && attributes.trialTimeout().isEmpty();
  }

  /**
   * A tuning of {@code objective} over {@code space} with every setting but executor and listeners.
   */
  <T> Tuning<T> tuning(Space<T> space, Objective<T> objective) {
    TuneAttributes a = attributes;
    Tuning<T> t =
        Parzen.tune(space, a.direction(), objective)
            .name(name())
            .algorithm(SearchAlgorithms.of(a.algorithm()))
            .parallelism(a.parallelism())
            .threadsPerTrial(a.threadsPerTrial())
            .journal(journal())
            .resume(configuration.resume())
            .outputDirectory(folder)
            .configuration(configuration.settings());
    a.maxEvals().ifPresent(t::maxEvals);
    a.seed().ifPresent(t::seed);
    a.timeout().ifPresent(t::timeout);
    a.trialTimeout().ifPresent(t::trialTimeout);
    a.lossThreshold().ifPresent(t::lossThreshold);
    a.earlyStop().ifPresent(t::earlyStop);
    return t;
  }
}
