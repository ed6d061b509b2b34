package dev.parzen.junit.examples;

import dev.parzen.TuningInfo;
import dev.parzen.TuningListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A listener found on the class path, as the console, report and MLflow listeners are. */
public class SettingsListener implements TuningListener {

  /** What each tuning told its listeners at its start. */
  public static final List<TuningInfo> STARTED = new CopyOnWriteArrayList<>();

  @Override
  public void tuningStarted(TuningInfo info) {
    STARTED.add(info);
  }
}
