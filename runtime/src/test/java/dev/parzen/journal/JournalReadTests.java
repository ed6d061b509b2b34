package dev.parzen.journal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parzen.Assignment;
import dev.parzen.Loss;
import dev.parzen.Parzen;
import dev.parzen.PendingTrial;
import dev.parzen.Space;
import dev.parzen.Trial;
import dev.parzen.TrialContext;
import dev.parzen.TuningResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalReadTests {

  private static final Space<Assignment> SPACE = Space.builder().uniform("x", -5, 5).build();

  @TempDir Path dir;

  private TuningResult<Assignment> tune(Path journal, List<Long> objectiveSeeds) {
    return Parzen.minimize(
            SPACE,
            (Assignment p, TrialContext trial) -> {
              objectiveSeeds.add(trial.seed());
              return Loss.of(p.getDouble("x") * p.getDouble("x"));
            })
        .seed(3)
        .maxEvals(4)
        .journal(journal)
        .discoverListeners(false)
        .run();
  }

  @Test
  void readingAJournalReturnsItsTrialsAndSeedAndLeavesTheFileUnchanged() throws Exception {
    Path journal = dir.resolve("journal.jsonl");
    TuningResult<Assignment> result = tune(journal, new ArrayList<>());
    String before = Files.readString(journal);

    Journal.Recorded<Assignment> recorded = Journal.read(journal, SPACE);

    assertThat(recorded.header().seed()).isEqualTo(3);
    assertThat(recorded.trials())
        .extracting(Trial::assignment)
        .containsExactlyElementsOf(result.trials().stream().map(Trial::assignment).toList());
    assertThat(Files.readString(journal)).isEqualTo(before);
  }

  @Test
  void aReplayedTrialHasTheObjectiveSeedOfTheOriginal() {
    List<Long> seeds = new ArrayList<>();
    TuningResult<Assignment> result = tune(dir.resolve("journal.jsonl"), seeds);
    Trial<Assignment> third = result.trials().get(2);

    PendingTrial replay = PendingTrial.replay(result.seed(), third.number(), third.assignment());

    assertThat(replay.number()).isEqualTo(2);
    assertThat(replay.seed()).isEqualTo(seeds.get(2));
    assertThat(replay.assignment()).isEqualTo(third.assignment());
  }
}
