package dev.parzen.junit.internal.descriptor;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Objects;

/**
 * A checked {@code @AfterTuning} method and what each of its parameters receives.
 *
 * @param method the method
 * @param parameters what to pass, parameter by parameter
 */
public record AfterTuningMethod(Method method, List<Argument> parameters) {

  /** Validates the record and copies the list. */
  public AfterTuningMethod {
    Objects.requireNonNull(method, "method");
    parameters = List.copyOf(parameters);
  }

  /** What an {@code @AfterTuning} parameter receives. */
  public enum Argument {
    /** The best trial's parameter object. */
    BEST_PARAMS,
    /** The whole {@code TuningResult}. */
    RESULT
  }
}
