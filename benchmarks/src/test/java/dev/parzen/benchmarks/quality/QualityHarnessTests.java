package dev.parzen.benchmarks.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parzen.tpe.bench.BenchProblems;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A two-seed run of the harness on one problem: what it writes, not how well TPE does. */
class QualityHarnessTests {

  @TempDir Path out;

  @Test
  void writesOneRowPerConfigurationAndAnchorWithVerdicts() throws IOException {
    PrintStream console = new PrintStream(OutputStream.nullOutputStream());

    QualityHarness.run(List.of(BenchProblems.named("logscale")), 2, out, console);

    String markdown = Files.readString(out.resolve("quality.md"));
    for (Configuration c : Configuration.standard()) {
      assertThat(markdown).contains("| Parzen " + c.name() + " |");
    }
    Anchors.OPTIMIZERS.forEach(a -> assertThat(markdown).contains("| anchor " + a + " |"));
    JsonNode json = new ObjectMapper().readTree(out.resolve("quality.json").toFile());
    JsonNode first = json.at("/problems/0/optimisers/0");
    assertThat(first.get("name").asText()).isEqualTo(Configuration.RANDOM);
    assertThat(first.at("/at/2/per_seed_best")).hasSize(2);
    assertThat(first.at("/at/2/versus/optuna_tpe/verdict").asText())
        .isIn("better", "equal", "worse");
  }

  @Test
  void anchorsHoldThirtySeedsForEveryProblemAndOptimizer() {
    for (var p : BenchProblems.all()) {
      for (String a : Anchors.OPTIMIZERS) {
        assertThat(Anchors.perSeedBest(p.name(), a, 2)).as(p.name() + " " + a).hasSize(30);
      }
    }
  }
}
