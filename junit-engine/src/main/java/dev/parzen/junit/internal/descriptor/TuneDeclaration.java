package dev.parzen.junit.internal.descriptor;

import dev.parzen.Loss;
import dev.parzen.annotations.Tune;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A checked {@code @Tune} method: what discovery learnt about it and execution relies on.
 *
 * @param testClass the class whose instance runs the method (it may inherit the method)
 * @param method the method
 * @param tune its annotation
 * @param spaceType the type of its first parameter, which has a generated space
 * @param takesContext whether a {@code TrialContext} follows the parameter object
 * @param returns how its return value becomes a loss
 * @param afterTuning the {@code @AfterTuning} methods that follow it
 */
public record TuneDeclaration(
    Class<?> testClass,
    Method method,
    Tune tune,
    Class<?> spaceType,
    boolean takesContext,
    ReturnKind returns,
    List<AfterTuningMethod> afterTuning) {

  /** Validates the record and copies the list. */
  public TuneDeclaration {
    Objects.requireNonNull(testClass, "testClass");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(tune, "tune");
    Objects.requireNonNull(spaceType, "spaceType");
    Objects.requireNonNull(returns, "returns");
    afterTuning = List.copyOf(afterTuning);
  }

  /** The tuning's name in messages and reports: {@code XgbTuning.logLoss}. */
  public String tuningName() {
    return testClass.getSimpleName() + "." + method.getName();
  }

  /** {@code logLoss(XgbParams)}: the method with its parameters' simple names. */
  public String signature() {
    return method.getName()
        + Arrays.stream(method.getParameterTypes())
            .map(Class::getSimpleName)
            .collect(Collectors.joining(", ", "(", ")"));
  }

  /** The return types a {@code @Tune} method may declare. */
  public enum ReturnKind {
    /** {@code double} or {@code Double}: the loss value itself. */
    DOUBLE,
    /** {@link Loss}: a value with variance, a reported failure, attachments. */
    LOSS;

    /** The kind for {@code type}, or {@code null} when a {@code @Tune} method may not return it. */
    public static ReturnKind of(Class<?> type) {
      if (type == double.class || type == Double.class) {
        return DOUBLE;
      }
      return type == Loss.class ? LOSS : null;
    }
  }
}
