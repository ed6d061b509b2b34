package dev.parzen;

import java.util.Map;

/**
 * Creates a {@link TrialExecutor} chosen by name in configuration ({@code parzen.executor=spark}).
 * Modules register theirs in {@code META-INF/services/dev.parzen.TrialExecutorProvider}.
 */
public interface TrialExecutorProvider {

  /** The name users configure, e.g. {@code "spark"}. */
  String name();

  /**
   * A new executor configured from {@code parzen.*} settings (e.g. {@code parzen.spark.master}).
   * The caller closes it.
   */
  TrialExecutor create(Map<String, String> configuration);
}
