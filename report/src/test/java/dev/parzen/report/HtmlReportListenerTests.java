package dev.parzen.report;

import static dev.parzen.report.XgbLikeTuningTestCase.info;
import static dev.parzen.report.XgbLikeTuningTestCase.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parzen.Assignment;
import dev.parzen.TuningInfo;
import dev.parzen.TuningListener;
import dev.parzen.TuningProgress;
import dev.parzen.TuningResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportListenerTests {

  @TempDir Path dir;

  private static TuningProgress at(int finished, double seconds) {
    return new TuningProgress(
        finished, 0, 0, 20, null, Duration.ofMillis(Math.round(seconds * 1000)));
  }

  @Test
  void aTuningWithTheModuleOnTheClassPathWritesItsReportWithoutBeingAsked() throws Exception {
    TuningResult<Assignment> result = XgbLikeTuningTestCase.tuning(dir, 30).run();

    Path report = dir.resolve("report.html");
    assertThat(report).exists();
    String html = Files.readString(report);
    assertThat(html).contains("<title>XgbTuning.logLoss · Parzen report</title>");
    assertThat(html).contains("\"running\":false", "\"stopReason\":\"reached maxEvals\"");
    assertThat(html).contains("\"best\":" + result.best().number());
  }

  @Test
  void isFoundByTheServiceLoader() {
    assertThat(ServiceLoader.load(TuningListener.class).stream())
        .extracting(ServiceLoader.Provider::type)
        .contains(HtmlReportListener.class);
  }

  @Test
  void parzenReportFalseSwitchesItOff() {
    XgbLikeTuningTestCase.tuning(dir, 5).configuration(Map.of("parzen.report", "false")).run();

    assertThat(dir.resolve("report.html")).doesNotExist();
  }

  @Test
  void aRunningTuningHasAReportFromItsStartThatReloadsItself() throws Exception {
    HtmlReportListener listener = new HtmlReportListener();

    listener.tuningStarted(info(dir, Map.of()));

    String html = Files.readString(dir.resolve("report.html"));
    assertThat(html).contains("\"running\":true", "\"refreshSeconds\":3", "\"trials\":[]");
  }

  @Test
  void whileRunningTheReportIsRewrittenAfterTheFirstTrialThenOncePerInterval() {
    HtmlReportListener listener = new HtmlReportListener();
    TuningInfo info = info(dir, Map.of("parzen.report.interval", "2s"));
    Path report = dir.resolve("report.html");
    listener.tuningStarted(info);

    boolean[] rewritten = new boolean[5];
    double[] seconds = {0.1, 1.0, 2.0, 2.2, 4.2};
    for (int i = 0; i < seconds.length; i++) {
      deleteIfExists(report);
      listener.trialFinished(info, ok(i, 0.5), at(i + 1, seconds[i]));
      rewritten[i] = Files.exists(report);
    }

    assertThat(rewritten).containsExactly(true, false, false, true, true);
  }

  @Test
  void theFinishedReportHoldsEveryTrialAndNoLongerReloads() throws Exception {
    TuningResult<Assignment> result = XgbLikeTuningTestCase.tuning(dir, 12).run();
    HtmlReportListener listener = new HtmlReportListener();
    TuningInfo info = info(dir, Map.of());
    listener.tuningStarted(info);

    listener.tuningFinished(info, result);

    String html = Files.readString(dir.resolve("report.html"));
    assertThat(html).contains("\"running\":false", "\"refreshSeconds\":0");
    assertThat(html.split("\"status\":\"")).hasSize(result.trials().size() + 1);
  }

  @Test
  void aReportThatCannotBeWrittenSaysWhereAndHowToFixIt() throws Exception {
    Path notADirectory = Files.writeString(dir.resolve("taken"), "a file, not a directory");
    HtmlReportListener listener = new HtmlReportListener();

    assertThatThrownBy(() -> listener.tuningStarted(info(notADirectory, Map.of())))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining(
            "cannot write the tuning report " + notADirectory.resolve("report.html"))
        .hasMessageContaining("parzen.report=false");
  }

  private static void deleteIfExists(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
