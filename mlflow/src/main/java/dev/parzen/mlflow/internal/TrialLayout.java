package dev.parzen.mlflow.internal;

import dev.parzen.Assignment;
import dev.parzen.PendingTrial;
import dev.parzen.Trial;
import dev.parzen.TrialError;
import dev.parzen.TrialStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a trial's child run holds: its name, tags (parent link, status, error), typed params with
 * {@code trial_number}, and the metrics {@code loss}, {@code loss_variance} and {@code duration_s}
 * at step = trial number. Not thread-safe (the key names): used on the tuning's thread, except the
 * pure {@link #startTags}.
 */
final class TrialLayout {

  static final String TRIAL_NUMBER = "trial_number";
  static final String STATUS = "parzen.trial.status";
  static final String ERROR = "parzen.trial.error";
  static final String NOTE = "mlflow.note.content";

  private final KeyNames names;
  private final int maxParamValue;
  private final String user;

  TrialLayout(KeyNames names, int maxParamValue, String user) {
    this.names = names;
    this.maxParamValue = maxParamValue;
    this.user = user;
  }

  /** {@code trial-0007}: zero-padded so the MLflow UI sorts trials by name correctly. */
  static String runName(int number) {
    return "trial-%04d".formatted(number);
  }

  /** The tags a child run is created with. */
  List<Tag> startTags(int number, String parentRunId) {
    return List.of(
        new Tag("mlflow.runName", runName(number)),
        new Tag("mlflow.parentRunId", parentRunId),
        new Tag("mlflow.user", user),
        new Tag("mlflow.source.type", "LOCAL"),
        new Tag(STATUS, TrialStatus.RUNNING.name()));
  }

  /** The tags a child run is created with, and the seed its objective received. */
  List<Tag> startTags(PendingTrial trial, String parentRunId) {
    List<Tag> tags = new ArrayList<>(startTags(trial.number(), parentRunId));
    tags.add(new Tag("parzen.trial.seed", Long.toString(trial.seed())));
    return tags;
  }

  /** The typed params: one per active label, plus {@code trial_number}. */
  LogBatch params(int number, Assignment assignment) {
    ParamList list = new ParamList(maxParamValue);
    list.add(TRIAL_NUMBER, Integer.toString(number));
    assignment.asMap().forEach((label, value) -> list.add(names.of(label), Values.format(value)));
    return list.batch(List.of());
  }

  /** Metrics and final tags of a finished trial. */
  LogBatch end(Trial<?> trial) {
    long at = endTime(trial);
    List<Metric> metrics = new ArrayList<>();
    if (trial.isOk()) {
      metrics.add(new Metric("loss", trial.loss(), at, trial.number()));
      if (Double.isFinite(trial.variance())) {
        metrics.add(new Metric("loss_variance", trial.variance(), at, trial.number()));
      }
    }
    metrics.add(new Metric("duration_s", trial.duration().toNanos() / 1e9, at, trial.number()));
    List<Tag> tags = new ArrayList<>();
    tags.add(new Tag(STATUS, trial.status().name()));
    trial.error().ifPresent(e -> tags.addAll(errorTags(e)));
    for (Map.Entry<String, String> a : trial.attachments().entrySet()) {
      tags.add(ParamList.tag(Keys.sanitize("parzen.attachment." + a.getKey()), a.getValue()));
    }
    return new LogBatch(metrics, List.of(), tags);
  }

  /** FINISHED for OK trials, FAILED for failed and timed-out ones, KILLED for stopped ones. */
  static RunStatus status(TrialStatus s) {
    return switch (s) {
      case OK -> RunStatus.FINISHED;
      case FAILED, TIMED_OUT -> RunStatus.FAILED;
      case RUNNING, CANCELLED, INTERRUPTED -> RunStatus.KILLED;
    };
  }

  /** When the trial ended, epoch milliseconds. */
  static long endTime(Trial<?> trial) {
    return trial.start().plus(trial.duration()).toEpochMilli();
  }

  private static List<Tag> errorTags(TrialError e) {
    List<Tag> tags = new ArrayList<>();
    tags.add(ParamList.tag(ERROR, e.summary()));
    if (!e.stackTrace().isEmpty()) {
      // The run's description in the MLflow UI: the stack trace, readable as a code block.
      String fence = "```";
      String trace = Limits.cut(e.stackTrace().strip(), Limits.TAG_VALUE - 2 * fence.length() - 2);
      tags.add(new Tag(NOTE, fence + "\n" + trace + "\n" + fence));
    }
    return tags;
  }
}
