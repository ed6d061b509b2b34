package dev.parzen;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;

/** Calls the tuning's listeners, isolating the tuning from their failures. */
final class Listeners {

  private static final System.Logger LOG = System.getLogger("dev.parzen");

  private final List<TuningListener> listeners;
  private final TuningInfo info;
  private final Set<TuningListener> broken = new HashSet<>();

  private Listeners(List<TuningListener> listeners, TuningInfo info) {
    this.listeners = listeners;
    this.info = info;
  }

  static Listeners of(Tuning<?> cfg, TuningInfo info) {
    List<TuningListener> all = new ArrayList<>(cfg.listeners);
    if (cfg.discoverListeners) {
      ClassLoader loader = Thread.currentThread().getContextClassLoader();
      for (TuningListener l : ServiceLoader.load(TuningListener.class, loader)) {
        all.add(l);
      }
    }
    return new Listeners(all, info);
  }

  void started() {
    each(l -> l.tuningStarted(info));
  }

  void trialStarted(PendingTrial p) {
    each(l -> l.trialStarted(info, p));
  }

  void trialFinished(Trial<?> trial, TuningProgress progress) {
    each(l -> l.trialFinished(info, trial, progress));
  }

  void finished(TuningResult<?> result) {
    each(l -> l.tuningFinished(info, result));
  }

  private void each(Call call) {
    for (TuningListener l : listeners) {
      if (broken.contains(l)) {
        continue;
      }
      try {
        call.on(l);
      } catch (RuntimeException | LinkageError e) {
        broken.add(l);
        LOG.log(
            Level.WARNING,
            "tuning listener %s failed and is ignored for the rest of %s: %s"
                .formatted(l.getClass().getName(), info.name(), e),
            e);
      }
    }
  }

  @FunctionalInterface
  private interface Call {
    void on(TuningListener l);
  }
}
