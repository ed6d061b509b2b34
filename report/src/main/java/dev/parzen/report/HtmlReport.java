package dev.parzen.report;

import dev.parzen.TuningInfo;
import dev.parzen.TuningResult;
import dev.parzen.report.internal.AtomicFiles;
import dev.parzen.report.internal.ReportPage;
import dev.parzen.report.internal.Snapshots;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The HTML report of a tuning: a single file that opens offline, with the charting library and the
 * trial data inside it. {@link HtmlReportListener} writes it during and after every tuning; call
 * {@link #write} to write one yourself, e.g. for a tuning run with {@code
 * discoverListeners(false)}.
 */
public final class HtmlReport {

  /** The report's file name inside the tuning's output directory. */
  public static final String FILE_NAME = "report.html";

  private HtmlReport() {}

  /** Where the report of {@code info}'s tuning goes: {@code <outputDirectory>/report.html}. */
  public static Path fileOf(TuningInfo info) {
    return info.outputDirectory().resolve(FILE_NAME);
  }

  /**
   * Writes the report of a finished tuning to {@link #fileOf(TuningInfo)}, replacing any earlier
   * one in a single step.
   *
   * @return the report file
   * @throws UncheckedIOException when the file cannot be written
   */
  public static Path write(TuningInfo info, TuningResult<?> result) {
    Path file = fileOf(info);
    write(file, ReportPage.render(Snapshots.finished(info, result)));
    return file;
  }

  static void write(Path file, String html) {
    try {
      AtomicFiles.write(file, html);
    } catch (IOException e) {
      throw new UncheckedIOException(
          ("cannot write the tuning report %s: %s; make the directory writable, point parzen.dir"
                  + " elsewhere, or switch the report off with parzen.report=false")
              .formatted(file.toAbsolutePath(), e),
          e);
    }
  }
}
