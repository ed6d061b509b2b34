package dev.parzen.mlflow.internal;

/**
 * MLflow's documented limits (the {@code LogBatch} docs of {@code service.proto} and the server's
 * validation), in one place so the REST client, the file store and the tests agree.
 */
public final class Limits {

  /** Longest key, in characters. */
  public static final int KEY = 250;

  /** Longest tag value the server accepts, in characters. */
  public static final int TAG_VALUE = 5000;

  /**
   * Longest param value every server accepts: 250 is the limit in the protocol's documentation;
   * recent servers accept 6000, hence the setting that raises it.
   */
  public static final int PARAM_VALUE = 250;

  /** Longest param value any server accepts. */
  public static final int PARAM_VALUE_MAX = 6000;

  /** Most entities (metrics + params + tags) in one {@code log-batch} request. */
  public static final int BATCH_ENTITIES = 1000;

  /** Most metrics in one request. */
  public static final int BATCH_METRICS = 1000;

  /** Most params in one request. */
  public static final int BATCH_PARAMS = 100;

  /** Most tags in one request. */
  public static final int BATCH_TAGS = 100;

  /** Largest request body, in bytes. */
  public static final int BATCH_BYTES = 1_000_000;

  private Limits() {}

  /**
   * {@code value} cut to {@code max} characters (code points, as MLflow counts them), the last one
   * replaced by an ellipsis when it was cut.
   */
  public static String cut(String value, int max) {
    if (value.codePointCount(0, value.length()) <= max) {
      return value;
    }
    int end = value.offsetByCodePoints(0, max - 1);
    return value.substring(0, end) + "…";
  }

  /** True when {@link #cut} would shorten {@code value}. */
  public static boolean exceeds(String value, int max) {
    return value.codePointCount(0, value.length()) > max;
  }
}
