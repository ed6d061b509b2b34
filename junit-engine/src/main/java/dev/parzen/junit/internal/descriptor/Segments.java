package dev.parzen.junit.internal.descriptor;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * The unique-id segments of the engine's tree: {@code [class:com.x.XgbTuning]}, {@code
 * [tune:logLoss(com.x.XgbParams)]}, {@code [trial:#7]}. IDEs store them to rerun a node, so they
 * depend only on names and trial numbers.
 */
public final class Segments {

  /** The segment type of a tuning class; its value is the binary class name. */
  public static final String CLASS = "class";

  /** The segment type of a {@code @Tune} method; its value is {@code name(parameter types)}. */
  public static final String TUNE = "tune";

  /** The segment type of one trial; its value is {@code #<trial number>}. */
  public static final String TRIAL = "trial";

  private Segments() {}

  /** {@code logLoss(com.x.XgbParams, dev.parzen.TrialContext)}. */
  public static String tune(Method method) {
    return method.getName()
        + Arrays.stream(method.getParameterTypes())
            .map(Class::getName)
            .collect(Collectors.joining(", ", "(", ")"));
  }

  /** {@code #7}. */
  public static String trial(int number) {
    return "#" + number;
  }

  /** The trial number in a trial segment's value, when it is one. */
  public static OptionalInt trialNumber(String value) {
    if (value.length() < 2 || value.charAt(0) != '#') {
      return OptionalInt.empty();
    }
    try {
      int n = Integer.parseInt(value.substring(1));
      return n >= 0 ? OptionalInt.of(n) : OptionalInt.empty();
    } catch (NumberFormatException e) {
      return OptionalInt.empty();
    }
  }
}
