package dev.parzen.mlflow.internal;

/**
 * MLflow's run states, with the numbers its file store writes into {@code meta.yaml} (the order of
 * the {@code RunStatus} protobuf enum).
 */
public enum RunStatus {
  /** In progress. */
  RUNNING(1),
  /** Ended normally. */
  FINISHED(3),
  /** Ended with an error. */
  FAILED(4),
  /** Stopped before it ended. */
  KILLED(5);

  private final int code;

  RunStatus(int code) {
    this.code = code;
  }

  /** The number in a file store's {@code meta.yaml}. */
  public int code() {
    return code;
  }
}
