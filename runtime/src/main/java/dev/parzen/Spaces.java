package dev.parzen;

import java.lang.reflect.InvocationTargetException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Finds the space the annotation processor generated for an annotated type. */
public final class Spaces {

  private static final Map<Class<?>, Space<?>> CACHE = new ConcurrentHashMap<>();

  private Spaces() {}

  /**
   * The generated space of {@code type}: the class {@code <package>.<Type>Space} (nested types as
   * {@code Outer_InnerSpace}) that {@code parzen-processor} writes at compile time.
   *
   * @throws SpaceNotGeneratedException when the processor did not run for {@code type}, with the
   *     build configuration that fixes it
   */
  @SuppressWarnings("unchecked")
  public static <T> Space<T> of(Class<T> type) {
    return (Space<T>) CACHE.computeIfAbsent(type, Spaces::load);
  }

  /** The name of the class generated for {@code type}. */
  public static String generatedSpaceName(Class<?> type) {
    return generatedName(type, "Space");
  }

  /** The name of the decoder class generated for {@code type}. */
  public static String generatedDecoderName(Class<?> type) {
    return generatedName(type, "Decoder");
  }

  private static String generatedName(Class<?> type, String suffix) {
    String pkg = type.getPackageName();
    String binary = type.getName().substring(pkg.isEmpty() ? 0 : pkg.length() + 1);
    return (pkg.isEmpty() ? "" : pkg + ".") + binary.replace('$', '_') + suffix;
  }

  private static Space<?> load(Class<?> type) {
    String name = generatedSpaceName(type);
    Class<?> generated;
    try {
      generated = Class.forName(name, true, loader(type));
    } catch (ClassNotFoundException e) {
      throw new SpaceNotGeneratedException(type, name);
    }
    if (!Space.class.isAssignableFrom(generated)) {
      throw new IllegalStateException(
          "%s is not a dev.parzen.Space; a class of that name must be the generated space of %s"
              .formatted(name, type.getName()));
    }
    try {
      // The one reflective step: locating the generated class. Everything after is plain code.
      var constructor = generated.getDeclaredConstructor();
      // Generated classes are as visible as their source type, which may be package-private.
      constructor.setAccessible(true);
      return (Space<?>) constructor.newInstance();
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(
          "the generated space %s failed to initialise: %s".formatted(name, e.getCause()),
          e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(
          "cannot instantiate the generated space %s (%s); rebuild with the current processor"
              .formatted(name, e),
          e);
    }
  }

  private static ClassLoader loader(Class<?> type) {
    ClassLoader l = type.getClassLoader();
    return l != null ? l : ClassLoader.getSystemClassLoader();
  }
}
