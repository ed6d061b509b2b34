package dev.parzen.junit.examples;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** What fixtures did while the engine ran them, for tests to look at; cleared before each test. */
public final class Recorder {

  /** Events in the order they happened, e.g. {@code "new QuadraticTestCase"}. */
  public static final List<String> EVENTS = new CopyOnWriteArrayList<>();

  /** Objects fixtures hand over: best parameters, results, threads. */
  public static final List<Object> VALUES = new CopyOnWriteArrayList<>();

  private Recorder() {}

  public static void clear() {
    EVENTS.clear();
    VALUES.clear();
  }
}
