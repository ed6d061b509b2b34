package dev.parzen.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.abortedWithReason;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.parzen.junit.examples.CancellingTestCase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.CancellationToken;
import org.junit.platform.testkit.engine.EngineExecutionResults;

class CancellationTests {

  @TempDir Path dir;

  @Test
  void aCancelledRunStartsNoFurtherTrialAndAbortsTheTuningKeepingItsJournal() throws IOException {
    CancellationToken token = CancellationToken.create();
    CancellingTestCase.token = token;
    EngineExecutionResults results =
        ParzenTestKit.engine(dir)
            .cancellationToken(token)
            .selectors(selectClass(CancellingTestCase.class))
            .execute();

    results.testEvents().assertStatistics(s -> s.dynamicallyRegistered(3).succeeded(3));
    results
        .containerEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                container("tune:cancelsAtTheThirdTrial"),
                abortedWithReason(message(m -> m.contains("the test run was cancelled")))));
    Path journal =
        dir.resolve(CancellingTestCase.class.getName())
            .resolve("cancelsAtTheThirdTrial")
            .resolve("journal.jsonl");
    assertThat(Files.readAllLines(journal)).filteredOn(l -> l.contains("\"trial\"")).hasSize(3);
  }
}
