package dev.parzen.spark.internal;

import dev.parzen.TrialExecutor;
import dev.parzen.TrialExecutorProvider;
import dev.parzen.spark.ClasspathShipping;
import dev.parzen.spark.SparkExecutor;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Makes {@code parzen.executor=spark} work: builds a {@link SparkExecutor} from {@code
 * parzen.spark.*} settings.
 *
 * <ul>
 *   <li>{@code parzen.spark.master}: the master URL; {@code local[*]} by default
 *   <li>{@code parzen.spark.appName}: the application name; {@code parzen} by default
 *   <li>{@code parzen.spark.classpath}: {@code auto} (default), {@code extraClassPath}, {@code
 *       jars} or {@code none}; see {@link ClasspathShipping}
 *   <li>{@code parzen.spark.conf.<key>}: any Spark setting, e.g. {@code
 *       parzen.spark.conf.spark.executor.memory=4g}
 * </ul>
 */
public final class SparkExecutorProvider implements TrialExecutorProvider {

  /** The settings this provider reads (the {@code conf.} one is a prefix). */
  public static final List<String> SETTINGS =
      List.of(
          "parzen.spark.master",
          "parzen.spark.appName",
          "parzen.spark.classpath",
          "parzen.spark.conf.");

  private static final System.Logger LOG = System.getLogger("dev.parzen.spark");
  private static final String CONF = "parzen.spark.conf.";

  @Override
  public String name() {
    return "spark";
  }

  @Override
  public TrialExecutor create(Map<String, String> configuration) {
    SparkExecutor.Builder b =
        SparkExecutor.builder()
            .master(configuration.getOrDefault("parzen.spark.master", "local[*]"))
            .appName(configuration.getOrDefault("parzen.spark.appName", "parzen"))
            .classpath(shipping(configuration.getOrDefault("parzen.spark.classpath", "auto")));
    configuration.forEach(
        (k, v) -> {
          if (k.startsWith(CONF) && k.length() > CONF.length()) {
            b.set(k.substring(CONF.length()), v);
          } else if (k.startsWith("parzen.spark.") && !SETTINGS.contains(k)) {
            LOG.log(
                Level.WARNING, "unknown setting {0} ignored; Spark settings are {1}", k, SETTINGS);
          }
        });
    return b.build();
  }

  static ClasspathShipping shipping(String value) {
    return switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "auto" -> ClasspathShipping.AUTO;
      case "extraclasspath", "extra_class_path" -> ClasspathShipping.EXTRA_CLASS_PATH;
      case "jars" -> ClasspathShipping.JARS;
      case "none" -> ClasspathShipping.NONE;
      default ->
          throw new IllegalArgumentException(
              "parzen.spark.classpath must be auto, extraClassPath, jars or none (was '%s')"
                  .formatted(value));
    };
  }
}
