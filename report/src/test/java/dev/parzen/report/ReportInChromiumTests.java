package dev.parzen.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens a real tuning's report in headless Chromium, from the file system with no network, and
 * checks what a person would see. The screenshot is kept as {@code target/report-screenshot.png}.
 */
class ReportInChromiumTests {

  private static final int TRIALS = 60;
  private static final Path OUTPUT = Path.of("target", "report-in-chromium");
  private static final Pattern STATUS = Pattern.compile("<div id=\"render-status\"[^>]*>");

  @TempDir static Path profile;
  private static Chromium chromium;
  private static Path report;
  private static Chromium.Run dom;

  @BeforeAll
  static void tuneOnceAndLoadTheReport() throws Exception {
    chromium = Chromium.onPathOrSkip(profile);
    XgbLikeTuningTestCase.tuning(OUTPUT, TRIALS).run();
    report = OUTPUT.resolve(HtmlReport.FILE_NAME);
    dom = chromium.dumpDom(report);
  }

  private static String renderStatus() {
    Matcher m = STATUS.matcher(dom.stdout());
    assertThat(m.find()).as("render status in the DOM; Chromium said:%n%s", dom.stderr()).isTrue();
    return m.group();
  }

  @Test
  void everyChartIsDrawn() {
    // parallel coordinates, loss, duration and one scatter per parameter (8)
    assertThat(renderStatus())
        .contains("data-state=\"rendered\"", "data-charts=\"11\"", "data-drawn=\"11\"");
  }

  @Test
  void theTableListsEveryTrial() {
    assertThat(renderStatus())
        .contains("data-trials=\"" + TRIALS + "\"", "data-rows=\"" + TRIALS + "\"");
  }

  @Test
  void nothingFailsOrLogsOnTheConsole() {
    assertThat(renderStatus()).contains("data-errors=\"0\"");
    assertThat(dom.stderr().lines().filter(l -> l.contains("CONSOLE"))).isEmpty();
  }

  @Test
  void markupInAnErrorMessageIsShownAsText() {
    assertThat(dom.stdout()).contains("&lt;/script&gt;&lt;b id=\"injected\"&gt;gblinear&lt;/b&gt;");
    assertThat(dom.stdout()).doesNotContain("<b id=\"injected\">");
  }

  @Test
  void aTuningThatHasJustStartedShowsItsEmptyReportWithoutErrors(@TempDir Path dir)
      throws Exception {
    HtmlReportListener listener = new HtmlReportListener();
    // a long interval: the page must not reload itself while Chromium looks at it
    listener.tuningStarted(XgbLikeTuningTestCase.info(dir, Map.of("parzen.report.interval", "1m")));

    Chromium.Run empty = chromium.dumpDom(dir.resolve(HtmlReport.FILE_NAME));

    assertThat(empty.stdout()).contains("data-state=\"rendered\"", "data-errors=\"0\"");
    assertThat(empty.stdout()).contains("data-rows=\"0\"", "no successful trial yet", "running");
  }

  @Test
  void aScreenshotShowsTheWholeReport() throws Exception {
    Path png = Path.of("target", "report-screenshot.png");
    Files.deleteIfExists(png);

    Chromium.Run run = chromium.screenshot(report, png, 1400, 2900);

    assertThat(png).as("screenshot; Chromium said:%n%s", run.stderr()).exists();
    assertThat(Files.size(png)).isGreaterThan(100_000);
  }
}
