package dev.parzen;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Objects;

/**
 * Why a trial failed, as text that survives journals, Spark and JSON: the exception class, its
 * message and the stack trace.
 *
 * @param type the exception's class name, or {@code "Loss.fail"} for a reported failure
 * @param message the message; may be empty, never null
 * @param stackTrace the printed stack trace; empty when there was no exception
 */
public record TrialError(String type, String message, String stackTrace) {

  /** Validates and normalises nulls to empty strings. */
  public TrialError {
    Objects.requireNonNull(type, "type");
    message = message == null ? "" : message;
    stackTrace = stackTrace == null ? "" : stackTrace;
  }

  /** The error for an exception thrown by an objective. */
  public static TrialError of(Throwable t) {
    StringWriter w = new StringWriter();
    t.printStackTrace(new PrintWriter(w));
    return new TrialError(t.getClass().getName(), t.getMessage(), w.toString());
  }

  /** The error for a failure reported without an exception. */
  public static TrialError reported(String reason) {
    return new TrialError("Loss.fail", reason, "");
  }

  /** {@code type: message}, the key failures are grouped by. */
  public String summary() {
    return message.isEmpty() ? type : type + ": " + message;
  }
}
