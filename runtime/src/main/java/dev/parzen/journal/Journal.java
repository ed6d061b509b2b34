package dev.parzen.journal;

import dev.parzen.Space;
import dev.parzen.Trial;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An append-only JSON Lines record of one tuning: a header line (space, fingerprint, algorithm,
 * seed, options), then one line per recorded trial, each written and flushed to the operating
 * system before the trial is reported, so a killed JVM loses only the trials in flight. Re-running
 * the same tuning with the same journal resumes it. Never Java serialisation; never rewritten.
 *
 * <p>Thread-safe. The file is locked while open, so two runs cannot interleave their lines.
 */
public final class Journal implements AutoCloseable {

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;

  /**
   * What opening a journal found.
   *
   * @param journal the journal, open for appending
   * @param trials trials recorded by earlier runs, typed against the current space
   * @param seed the run seed to continue with
   * @param warnings notes for the user: an ignored unfinished line, additive space changes, a
   *     journal moved aside
   */
  public record Opened<T>(
      Journal journal, List<Trial<T>> trials, long seed, List<String> warnings) {}

  /**
   * What a journal holds, read without opening it for appending.
   *
   * @param header the header line: the tuning's name, space, algorithm and run seed
   * @param trials the recorded trials, in the order they were recorded, typed against the space
   *     given to {@link #read}
   * @param warnings notes for the user, such as an ignored unfinished last line
   */
  public record Recorded<T>(JournalHeader header, List<Trial<T>> trials, List<String> warnings) {

    /** Validates the record and copies the lists. */
    public Recorded {
      Objects.requireNonNull(header, "header");
      trials = List.copyOf(trials);
      warnings = List.copyOf(warnings);
    }
  }

  private Journal(Path file, FileChannel channel, FileLock lock) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Opens {@code file} for a tuning described by {@code header}. An existing journal is resumed
   * when {@code resume} is true (its seed and trials carry on) and moved aside, never deleted, when
   * it is false.
   *
   * @throws JournalException when the journal is malformed, in use, or was written for an
   *     incompatible space or direction; the file is left as it was
   */
  public static <T> Opened<T> open(
      Path file, JournalHeader header, boolean resume, Space<T> space) {
    List<String> warnings = new ArrayList<>();
    boolean exists = Files.isRegularFile(file) && size(file) > 0;
    if (exists && !resume) {
      Path kept = aside(file);
      warnings.add("resume is off: the earlier journal was kept as " + kept);
      exists = false;
    }
    if (!exists) {
      Journal j = openChannel(file);
      j.append(JournalFormat.header(header));
      return new Opened<>(j, List.of(), header.seed(), warnings);
    }
    JournalReader.Contents<T> contents = JournalReader.read(file, space);
    warnings.addAll(contents.warnings());
    warnings.addAll(Compatibility.check(file, contents.header(), header));
    Journal j = openChannel(file);
    j.append(JournalFormat.resumed(contents.header().seed(), Instant.now()));
    return new Opened<>(j, contents.trials(), contents.header().seed(), warnings);
  }

  /**
   * Reads {@code file} without locking, changing or resuming it: for looking at a tuning's trials
   * and for rerunning one of them. A run may be appending to the file meanwhile; its unfinished
   * last line is then ignored with a warning.
   *
   * @throws JournalException when the file cannot be read or is malformed
   */
  public static <T> Recorded<T> read(Path file, Space<T> space) {
    JournalReader.Contents<T> contents = JournalReader.read(file, space);
    return new Recorded<>(contents.header(), contents.trials(), contents.warnings());
  }

  /** Appends the record of {@code trial}. */
  public void append(Trial<?> trial) {
    append(JournalFormat.trial(trial));
  }

  /** The journal file. */
  public Path file() {
    return file;
  }

  @Override
  public synchronized void close() {
    try {
      if (lock.isValid()) {
        lock.release();
      }
      channel.close();
    } catch (IOException e) {
      throw new JournalException(file, "cannot close the journal %s: %s".formatted(file, e), e);
    }
  }

  private synchronized void append(String line) {
    ByteBuffer bytes = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
    try {
      while (bytes.hasRemaining()) {
        channel.write(bytes);
      }
    } catch (IOException e) {
      throw new JournalException(file, "cannot append to the journal %s: %s".formatted(file, e), e);
    }
  }

  private static Journal openChannel(Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      FileChannel ch =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
      FileLock lock = lockOrFail(file, ch);
      Journal j = new Journal(file, ch, lock);
      if (ch.size() > 0 && !endsWithNewline(file)) {
        // The previous run died mid-line: start ours on a fresh line.
        ch.write(ByteBuffer.wrap(new byte[] {'\n'}));
      }
      return j;
    } catch (IOException e) {
      throw new JournalException(file, "cannot open the journal %s: %s".formatted(file, e), e);
    }
  }

  private static FileLock lockOrFail(Path file, FileChannel ch) throws IOException {
    FileLock lock;
    try {
      lock = ch.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    }
    if (lock == null) {
      ch.close();
      throw new JournalException(
          file,
          ("the journal %s is in use by another run of this tuning; wait for it to finish or give"
                  + " this run its own journal")
              .formatted(file));
    }
    return lock;
  }

  private static boolean endsWithNewline(Path file) throws IOException {
    try (FileChannel r = FileChannel.open(file, StandardOpenOption.READ)) {
      ByteBuffer last = ByteBuffer.allocate(1);
      r.read(last, r.size() - 1);
      return last.get(0) == '\n';
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }

  private static Path aside(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    String ext = dot > 0 ? name.substring(dot) : "";
    Path target = file.resolveSibling(stem + "." + STAMP.format(Instant.now()) + ext);
    try {
      return Files.move(file, target);
    } catch (IOException e) {
      throw new JournalException(
          file, "cannot move the earlier journal %s aside to %s: %s".formatted(file, target, e), e);
    }
  }
}
