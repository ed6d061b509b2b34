package dev.parzen.spark;

import dev.parzen.Assignment;
import dev.parzen.Loss;
import dev.parzen.TrialContext;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tuning class as the engine sees one: its constructor stands for loading data, and it counts how
 * often it runs in each JVM.
 */
public class CountingTuningTestCase {

  static final AtomicInteger CONSTRUCTED = new AtomicInteger();

  CountingTuningTestCase() {
    CONSTRUCTED.incrementAndGet();
  }

  Loss loss(Assignment p, TrialContext trial) {
    return Loss.of(p.getDouble("x"))
        .withAttachment("pid", String.valueOf(ProcessHandle.current().pid()))
        .withAttachment("instance", String.valueOf(System.identityHashCode(this)))
        .withAttachment("constructedInThisJvm", String.valueOf(CONSTRUCTED.get()));
  }
}
