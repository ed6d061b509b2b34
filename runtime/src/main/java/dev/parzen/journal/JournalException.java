package dev.parzen.journal;

import java.nio.file.Path;

/**
 * A journal cannot be read, written or resumed. The message names the file (and line) and says what
 * to do; the journal itself is never modified by the failure.
 */
public final class JournalException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Path file;

  /** An error about {@code file}. */
  public JournalException(Path file, String message, Throwable cause) {
    super(message, cause);
    this.file = file;
  }

  /** An error about {@code file}. */
  public JournalException(Path file, String message) {
    this(file, message, null);
  }

  /** The journal file. */
  public Path file() {
    return file;
  }
}
