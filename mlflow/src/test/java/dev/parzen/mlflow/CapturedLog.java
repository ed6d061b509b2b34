package dev.parzen.mlflow;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Everything the {@code dev.parzen.mlflow} logger says while installed, at every level, with the
 * stack traces of attached exceptions: what a user would see in their build log. The console stays
 * quiet meanwhile.
 */
final class CapturedLog implements AutoCloseable {

  private final Logger logger = Logger.getLogger("dev.parzen.mlflow");
  private final Level previous = logger.getLevel();
  private final boolean previousUseParent = logger.getUseParentHandlers();
  private final List<LogRecord> records = new ArrayList<>();
  private final Handler handler =
      new Handler() {
        @Override
        public void publish(LogRecord r) {
          synchronized (records) {
            records.add(r);
          }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  CapturedLog() {
    handler.setLevel(Level.ALL);
    logger.setLevel(Level.ALL);
    logger.setUseParentHandlers(false);
    logger.addHandler(handler);
  }

  /** The messages at WARNING and above. */
  List<String> warnings() {
    synchronized (records) {
      return records.stream()
          .filter(r -> r.getLevel().intValue() >= Level.WARNING.intValue())
          .map(LogRecord::getMessage)
          .toList();
    }
  }

  /** The messages at INFO. */
  List<String> infos() {
    synchronized (records) {
      return records.stream()
          .filter(r -> r.getLevel() == Level.INFO)
          .map(LogRecord::getMessage)
          .toList();
    }
  }

  /** Every message and every attached stack trace, as one text. */
  String everything() {
    StringWriter w = new StringWriter();
    synchronized (records) {
      for (LogRecord r : records) {
        w.append(r.getLevel().getName()).append(' ').append(r.getMessage()).append('\n');
        if (r.getThrown() != null) {
          r.getThrown().printStackTrace(new PrintWriter(w));
        }
      }
    }
    return w.toString();
  }

  @Override
  public void close() {
    logger.removeHandler(handler);
    logger.setLevel(previous);
    logger.setUseParentHandlers(previousUseParent);
  }
}
