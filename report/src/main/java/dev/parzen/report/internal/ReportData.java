package dev.parzen.report.internal;

import java.util.List;
import java.util.Map;

/**
 * Everything the report page shows, as the JSON the page's script reads. Immutable.
 *
 * @param name the tuning's name
 * @param running true while the tuning runs (the page then reloads itself)
 * @param refreshSeconds how often a running page reloads; 0 once finished
 * @param direction {@code minimize} or {@code maximize}
 * @param algorithm the algorithm's name
 * @param seed the run seed
 * @param maxEvals the budget
 * @param parallelism trials at a time
 * @param executor the executor's description
 * @param startedAt when the run started (ISO-8601)
 * @param generatedAt when this page was written (ISO-8601)
 * @param elapsedSeconds wall time of the run so far
 * @param stopReason why it stopped, in words; {@code null} while running
 * @param resumedTrials trials read back from a journal
 * @param runningTrials trials in flight when the page was written
 * @param params one axis per parameter, branches unfolded
 * @param trials the finished trials, by number
 * @param best the best trial's number, or {@code null}
 * @param diagnostics the findings in words
 */
public record ReportData(
    String name,
    boolean running,
    int refreshSeconds,
    String direction,
    String algorithm,
    long seed,
    int maxEvals,
    int parallelism,
    String executor,
    String startedAt,
    String generatedAt,
    double elapsedSeconds,
    String stopReason,
    int resumedTrials,
    int runningTrials,
    List<Axis> params,
    List<Row> trials,
    Integer best,
    List<Note> diagnostics) {

  /**
   * One parameter as an axis of the charts.
   *
   * @param label the parameter's label
   * @param kind the distribution ({@code loguniform}, {@code choice}…)
   * @param type the axis type: {@code value}, {@code log} or {@code category}
   * @param min the lower bound, or {@code null} when unbounded
   * @param max the upper bound, or {@code null} when unbounded
   * @param categories the options of a categorical axis, else {@code null}
   * @param condition when the parameter exists, e.g. {@code model = svm}; {@code null} if always
   */
  public record Axis(
      String label,
      String kind,
      String type,
      Double min,
      Double max,
      List<String> categories,
      String condition) {}

  /**
   * One finished trial.
   *
   * @param number the trial number
   * @param status the status name
   * @param loss the loss, or {@code null} unless OK
   * @param variance the loss variance, or {@code null} when unknown
   * @param seconds how long it ran
   * @param start when it started (ISO-8601)
   * @param values the active parameters' values: numbers or strings, by label
   * @param error why it did not succeed, or {@code null}
   * @param trace the start of the stack trace, or {@code null}
   */
  public record Row(
      int number,
      String status,
      Double loss,
      Double variance,
      double seconds,
      String start,
      Map<String, Object> values,
      String error,
      String trace) {}

  /**
   * One diagnostic.
   *
   * @param kind the kind's name
   * @param parameter the parameter it is about, or {@code null}
   * @param message the finding in words
   */
  public record Note(String kind, String parameter, String message) {}
}
