package dev.parzen.junit.internal.discovery;

import static org.junit.platform.engine.support.discovery.SelectorResolver.Resolution.unresolved;

import dev.parzen.annotations.Tune;
import dev.parzen.junit.internal.descriptor.Segments;
import dev.parzen.junit.internal.descriptor.TuneMethodDescriptor;
import dev.parzen.junit.internal.descriptor.TuningClassDescriptor;
import java.lang.reflect.Method;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.discovery.IterationSelector;
import org.junit.platform.engine.discovery.MethodSelector;
import org.junit.platform.engine.discovery.UniqueIdSelector;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.engine.support.discovery.SelectorResolver;

/**
 * Resolves {@code @Tune} methods from method selectors and unique ids, and single trials from
 * unique ids ending in {@code [trial:#n]} and from iteration selectors. Selecting a method selects
 * its whole tuning; selecting a trial resolves its method partially, with only that trial.
 */
final class TuneMethodResolver implements SelectorResolver {

  private final TuneMethodValidator validator;
  private final JupiterTags tags;

  TuneMethodResolver(TuneMethodValidator validator, JupiterTags tags) {
    this.validator = validator;
    this.tags = tags;
  }

  @Override
  public Resolution resolve(MethodSelector selector, Context context) {
    Class<?> c = selector.getJavaClass();
    Method m = selector.getJavaMethod();
    if (!AnnotationSupport.isAnnotated(m, Tune.class)) {
      return unresolved();
    }
    return whole(
        context.addToParent(() -> DiscoverySelectors.selectClass(c), parent -> method(parent, m)));
  }

  @Override
  public Resolution resolve(UniqueIdSelector selector, Context context) {
    UniqueId id = selector.getUniqueId();
    if (!DiscoveryScope.ours(id)) {
      return unresolved();
    }
    UniqueId.Segment last = id.getLastSegment();
    Supplier<DiscoverySelector> parent =
        () -> DiscoverySelectors.selectUniqueId(id.removeLastSegment());
    if (last.getType().equals(Segments.TUNE)) {
      return whole(context.addToParent(parent, p -> methodNamed(p, last.getValue())));
    }
    if (last.getType().equals(Segments.TRIAL)) {
      OptionalInt number = Segments.trialNumber(last.getValue());
      if (number.isPresent()) {
        return trials(context.resolve(parent.get()), d -> d.selection().select(number.getAsInt()));
      }
    }
    return unresolved();
  }

  @Override
  public Resolution resolve(IterationSelector selector, Context context) {
    return trials(
        context.resolve(selector.getParentSelector()),
        d -> selector.getIterationIndices().forEach(d.selection()::select));
  }

  private Optional<TuneMethodDescriptor> methodNamed(TestDescriptor parent, String segment) {
    if (!(parent instanceof TuningClassDescriptor c)) {
      return Optional.empty();
    }
    return TuningClassValidator.methods(c.testClass(), Tune.class).stream()
        .filter(m -> Segments.tune(m).equals(segment))
        .findFirst()
        .flatMap(m -> method(parent, m));
  }

  private Optional<TuneMethodDescriptor> method(TestDescriptor parent, Method m) {
    if (!(parent instanceof TuningClassDescriptor c)) {
      return Optional.empty();
    }
    Class<?> testClass = c.testClass();
    return validator
        .validate(testClass, m)
        .map(
            declaration ->
                new TuneMethodDescriptor(
                    parent.getUniqueId().append(Segments.TUNE, Segments.tune(m)),
                    declaration,
                    tags.of(m, testClass, MethodSource.from(testClass, m)),
                    parent.getTags()));
  }

  private static Resolution whole(Optional<TuneMethodDescriptor> descriptor) {
    return descriptor
        .map(
            d ->
                Resolution.match(
                    Match.exact(
                        d,
                        () -> {
                          d.selection().selectAll();
                          return Set.of();
                        })))
        .orElse(unresolved());
  }

  private static Resolution trials(
      Optional<TestDescriptor> method, Consumer<TuneMethodDescriptor> select) {
    return method
        .filter(TuneMethodDescriptor.class::isInstance)
        .map(TuneMethodDescriptor.class::cast)
        .map(
            d -> {
              select.accept(d);
              return Resolution.match(Match.partial(d));
            })
        .orElse(unresolved());
  }
}
