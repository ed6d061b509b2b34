package dev.parzen.mlflow.internal;

import java.io.IOException;

/**
 * An error answer from an MLflow tracking server: the HTTP status and MLflow's {@code error_code}.
 * The message names the call and the server's own words, never the credentials.
 */
public final class MlflowApiException extends IOException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String errorCode;

  /**
   * An error answer.
   *
   * @param call the call, e.g. {@code POST runs/log-batch}
   * @param status the HTTP status
   * @param errorCode MLflow's error code, or an empty string when the body had none
   * @param serverMessage what the server said, already shortened
   */
  public MlflowApiException(String call, int status, String errorCode, String serverMessage) {
    super(message(call, status, errorCode, serverMessage));
    this.status = status;
    this.errorCode = errorCode;
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }

  /** MLflow's error code ({@code RESOURCE_ALREADY_EXISTS}…), or an empty string. */
  public String errorCode() {
    return errorCode;
  }

  private static String message(String call, int status, String code, String text) {
    String hint =
        switch (status) {
          case 401, 403 ->
              "; check MLFLOW_TRACKING_TOKEN (or MLFLOW_TRACKING_USERNAME and"
                  + " MLFLOW_TRACKING_PASSWORD)";
          case 404 ->
              code.isEmpty()
                  ? "; is the tracking URI an MLflow tracking server (its /health answers OK)?"
                  : "";
          default -> "";
        };
    String codePart = code.isEmpty() ? "" : " (" + code + ")";
    String textPart = text.isBlank() ? "" : ": " + text;
    return "MLflow answered HTTP %d%s to %s%s%s".formatted(status, codePart, call, textPart, hint);
  }
}
