package dev.parzen.junit.internal.discovery;

import static org.junit.platform.engine.support.discovery.SelectorResolver.Resolution.unresolved;

import dev.parzen.annotations.Tune;
import dev.parzen.junit.internal.descriptor.Segments;
import dev.parzen.junit.internal.descriptor.TuningClassDescriptor;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.platform.commons.support.ReflectionSupport;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.discovery.UniqueIdSelector;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.discovery.SelectorResolver;

/**
 * Resolves class selectors, and unique ids ending in a class segment, to tuning classes; their
 * {@code @Tune} methods follow as method selectors.
 */
final class TuningClassResolver implements SelectorResolver {

  private final Predicate<String> classNameFilter;
  private final TuningClassValidator validator;
  private final JupiterTags tags;

  TuningClassResolver(
      Predicate<String> classNameFilter, TuningClassValidator validator, JupiterTags tags) {
    this.classNameFilter = classNameFilter;
    this.validator = validator;
    this.tags = tags;
  }

  @Override
  public Resolution resolve(ClassSelector selector, Context context) {
    Class<?> c = selector.getJavaClass();
    if (!IsTuningClass.INSTANCE.test(c) || !classNameFilter.test(c.getName())) {
      return unresolved();
    }
    return resolve(c, context);
  }

  @Override
  public Resolution resolve(UniqueIdSelector selector, Context context) {
    UniqueId id = selector.getUniqueId();
    UniqueId.Segment last = id.getLastSegment();
    if (!DiscoveryScope.ours(id) || !last.getType().equals(Segments.CLASS)) {
      return unresolved();
    }
    return ReflectionSupport.tryToLoadClass(last.getValue())
        .toOptional()
        .filter(IsTuningClass.INSTANCE)
        .map(c -> resolve(c, context))
        .orElse(unresolved());
  }

  private Resolution resolve(Class<?> c, Context context) {
    if (!validator.check(c)) {
      return unresolved();
    }
    return context
        .addToParent(
            parent ->
                Optional.of(
                    new TuningClassDescriptor(
                        parent.getUniqueId().append(Segments.CLASS, c.getName()),
                        c,
                        tags.of(c, c, ClassSource.from(c)))))
        .map(d -> Resolution.match(Match.exact(d, () -> tuneMethods(c))))
        .orElse(unresolved());
  }

  private static Set<DiscoverySelector> tuneMethods(Class<?> c) {
    return TuningClassValidator.methods(c, Tune.class).stream()
        .map(m -> DiscoverySelectors.selectMethod(c, m))
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }
}
