package dev.parzen.mlflow.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.parzen.Diagnostic;
import dev.parzen.StopReason;
import dev.parzen.Trial;
import dev.parzen.TuningInfo;
import dev.parzen.TuningResult;
import dev.parzen.journal.SpaceDescription;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the parent run of a tuning holds: the settings as params and the space as tags at the start;
 * a {@code loss} history (step = trial number) while trials finish; {@code best_<label>} params,
 * the {@code best_loss} metric, the stop reason and the diagnostics at the end. Not thread-safe:
 * used on the tuning's thread.
 */
final class ParentLayout {

  static final String BEST_PREFIX = "best_";
  static final String STOP_REASON = "parzen.stop_reason";

  private final TuningInfo info;
  private final KeyNames names;
  private final int maxParamValue;
  private final String user;

  ParentLayout(TuningInfo info, KeyNames names, int maxParamValue, String user) {
    this.info = info;
    this.names = names;
    this.maxParamValue = maxParamValue;
    this.user = user;
  }

  /** The experiment: the tuning class, i.e. the name up to its last dot (all of it if none). */
  static String experimentName(String tuningName) {
    int dot = tuningName.lastIndexOf('.');
    return dot <= 0 ? tuningName : tuningName.substring(0, dot);
  }

  /** The run name: the tuning method, i.e. the name after its last dot (all of it if none). */
  static String runName(String tuningName) {
    int dot = tuningName.lastIndexOf('.');
    return dot < 0 || dot == tuningName.length() - 1 ? tuningName : tuningName.substring(dot + 1);
  }

  /** The tags the parent run is created with. */
  List<Tag> startTags() {
    List<Map<String, Object>> space = SpaceDescription.of(info.space());
    List<Tag> tags = new ArrayList<>();
    tags.add(new Tag("mlflow.runName", runName(info.name())));
    tags.add(new Tag("mlflow.user", user));
    tags.add(new Tag("mlflow.source.type", "LOCAL"));
    tags.add(ParamList.tag("mlflow.source.name", info.name()));
    tags.add(ParamList.tag("parzen.tuning", info.name()));
    tags.add(new Tag("parzen.space.fingerprint", SpaceDescription.fingerprint(space)));
    tags.add(ParamList.tag("parzen.space", json(space)));
    if (info.journal() != null) {
      tags.add(ParamList.tag("parzen.journal", info.journal().toAbsolutePath().toString()));
    }
    if (info.resumedTrials() > 0) {
      tags.add(new Tag("parzen.resumed_trials", Integer.toString(info.resumedTrials())));
    }
    if (info.advice() != null) {
      tags.add(ParamList.tag("parzen.max_evals_advice", info.advice().describe()));
    }
    return tags;
  }

  /** The settings, as params. */
  LogBatch startParams() {
    ParamList p = new ParamList(maxParamValue);
    p.add("algorithm", info.algorithm());
    p.add("seed", Long.toString(info.seed()));
    p.add("maxEvals", Integer.toString(info.maxEvals()));
    p.add("parallelism", Integer.toString(info.parallelism()));
    p.add("threadsPerTrial", Integer.toString(info.threadsPerTrial()));
    p.add("direction", info.direction().name());
    if (info.executor() != null) {
      p.add("executor", info.executor());
    }
    p.add("space", spaceSummary());
    return p.batch(List.of());
  }

  /** The parent's point of the optimisation history, for a successful trial. */
  List<Metric> trialMetrics(Trial<?> trial) {
    if (!trial.isOk()) {
      return List.of();
    }
    return List.of(new Metric("loss", trial.loss(), TrialLayout.endTime(trial), trial.number()));
  }

  /** The best trial's values, the best loss, why it stopped and the diagnostics. */
  LogBatch end(TuningResult<?> result, long now) {
    Optional<? extends Trial<?>> best = result.trials().best();
    ParamList p = new ParamList(maxParamValue);
    List<Metric> metrics = new ArrayList<>();
    best.ifPresent(
        b -> {
          p.add("best_trial_number", Integer.toString(b.number()));
          b.assignment()
              .asMap()
              .forEach((label, v) -> p.add(BEST_PREFIX + names.of(label), Values.format(v)));
          metrics.add(new Metric("best_loss", b.loss(), now, 0));
        });
    List<Tag> tags = new ArrayList<>();
    tags.add(new Tag(STOP_REASON, result.stopReason().name()));
    tags.add(ParamList.tag(TrialLayout.NOTE, summary(result)));
    LogBatch params = p.batch(tags);
    return new LogBatch(metrics, params.params(), params.tags());
  }

  /** FINISHED, or KILLED when cancelled, or FAILED when no trial succeeded. */
  static RunStatus status(TuningResult<?> result) {
    if (result.trials().best().isEmpty()) {
      return RunStatus.FAILED;
    }
    return result.stopReason() == StopReason.CANCELLED ? RunStatus.KILLED : RunStatus.FINISHED;
  }

  /** The run's description in the MLflow UI (markdown). */
  private String summary(TuningResult<?> r) {
    StringBuilder b = new StringBuilder();
    b.append(
        "Parzen tuning `%s`: %d trials (%d failed), stopped: %s.\n\n"
            .formatted(
                r.name(),
                r.trials().size(),
                r.trials().failed().size(),
                r.stopReason().description()));
    r.trials()
        .best()
        .ifPresent(
            t ->
                b.append(
                    "Best: trial %d, loss %s (%s).\n\n"
                        .formatted(
                            t.number(), t.loss(), r.direction().name().toLowerCase(Locale.ROOT))));
    if (!r.diagnostics().isEmpty()) {
      b.append("Diagnostics:\n\n");
      for (Diagnostic d : r.diagnostics()) {
        b.append("- ").append(d.message()).append('\n');
      }
    }
    return b.toString().strip();
  }

  private String spaceSummary() {
    return SpaceDescription.of(info.space()).stream()
        .map(ParentLayout::describe)
        .collect(Collectors.joining("; "));
  }

  private static String describe(Map<String, Object> param) {
    String args =
        param.entrySet().stream()
            .filter(
                e -> !List.of("label", "kind", "weights", "parent", "branch").contains(e.getKey()))
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining(", "));
    String when =
        param.containsKey("parent") ? " if " + param.get("parent") + "=" + param.get("branch") : "";
    return param.get("label") + ": " + param.get("kind") + "(" + args + ")" + when;
  }

  private static String json(Object value) {
    try {
      return RestClient.JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      return String.valueOf(value);
    }
  }
}
