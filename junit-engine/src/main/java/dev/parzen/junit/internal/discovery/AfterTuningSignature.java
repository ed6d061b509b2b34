package dev.parzen.junit.internal.discovery;

import dev.parzen.TuningResult;
import dev.parzen.junit.internal.descriptor.AfterTuningMethod;
import dev.parzen.junit.internal.descriptor.AfterTuningMethod.Argument;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.DiscoveryIssue.Severity;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.engine.support.discovery.DiscoveryIssueReporter;

/**
 * Checks that an {@code @AfterTuning} method is an instance method whose parameters each take the
 * best parameter object or the {@code TuningResult}.
 */
final class AfterTuningSignature {

  private AfterTuningSignature() {}

  static Optional<AfterTuningMethod> check(
      Class<?> c, Method m, Class<?> spaceType, DiscoveryIssueReporter issues) {
    String name = "@AfterTuning method %s.%s".formatted(c.getSimpleName(), m.getName());
    List<String> problems = new ArrayList<>();
    if (Modifier.isPrivate(m.getModifiers())) {
      problems.add("must not be private: make it package-private or public");
    }
    if (Modifier.isStatic(m.getModifiers())) {
      problems.add(
          "must not be static: it runs on the instance that evaluated the trials, so it can reuse"
              + " their data");
    }
    List<Argument> arguments = new ArrayList<>();
    Class<?>[] types = m.getParameterTypes();
    for (int i = 0; i < types.length; i++) {
      if (types[i] == TuningResult.class && resultOf(m.getGenericParameterTypes()[i], spaceType)) {
        arguments.add(Argument.RESULT);
      } else if (types[i].isAssignableFrom(spaceType)) {
        arguments.add(Argument.BEST_PARAMS);
      } else {
        problems.add(
            ("parameter %d has type %s, which receives neither the best parameters (%s) nor the"
                    + " TuningResult<%s>")
                .formatted(
                    i + 1,
                    types[i].getSimpleName(),
                    spaceType.getSimpleName(),
                    spaceType.getSimpleName()));
      }
    }
    MethodSource source = MethodSource.from(c, m);
    problems.forEach(
        p ->
            issues.reportIssue(
                DiscoveryIssue.builder(Severity.ERROR, name + " " + p).source(source)));
    return problems.isEmpty() ? Optional.of(new AfterTuningMethod(m, arguments)) : Optional.empty();
  }

  /** True for {@code TuningResult}, {@code TuningResult<?>} and the result of {@code spaceType}. */
  private static boolean resultOf(Type type, Class<?> spaceType) {
    if (!(type instanceof ParameterizedType p)) {
      return true;
    }
    Type argument = p.getActualTypeArguments()[0];
    return !(argument instanceof Class<?> c) || c.isAssignableFrom(spaceType);
  }
}
