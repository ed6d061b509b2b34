package dev.parzen.mlflow.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects a run's params, cutting values longer than the server accepts and noting each cut in the
 * {@code parzen.truncated} tag so nobody mistakes a cut value for the real one. Not thread-safe.
 */
final class ParamList {

  /** The tag that lists cut params and tags. */
  static final String TRUNCATED = "parzen.truncated";

  private final int maxValue;
  private final List<Param> params = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  ParamList(int maxValue) {
    this.maxValue = maxValue;
  }

  ParamList add(String key, String value) {
    if (Limits.exceeds(value, maxValue)) {
      notes.add(
          "param %s: %d characters cut to %d"
              .formatted(key, value.codePointCount(0, value.length()), maxValue));
    }
    params.add(new Param(key, Limits.cut(value, maxValue)));
    return this;
  }

  /** The params, with the note tag when something was cut. */
  LogBatch batch(List<Tag> tags) {
    List<Tag> all = new ArrayList<>(tags);
    if (!notes.isEmpty()) {
      all.add(new Tag(TRUNCATED, Limits.cut(String.join("; ", notes), Limits.TAG_VALUE)));
    }
    return new LogBatch(List.of(), params, all);
  }

  /** A tag whose value is cut to the tag limit. */
  static Tag tag(String key, String value) {
    return new Tag(key, Limits.cut(value, Limits.TAG_VALUE));
  }
}
