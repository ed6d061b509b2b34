package dev.parzen.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parzen.Assignment;
import dev.parzen.Parzen;
import dev.parzen.Space;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleProgressRunTests {

  @Test
  void aTuningPrintsItsStartItsFirstTrialAndItsSummary() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    Space<Assignment> space = Space.builder().uniform("x", -5, 5).build();

    Parzen.minimize(space, p -> p.getDouble("x") * p.getDouble("x"))
        .name("Quadratic.square")
        .maxEvals(20)
        .seed(3)
        .discoverListeners(false)
        .listener(new ConsoleProgress(out, false))
        .run();

    String printed = bytes.toString(StandardCharsets.UTF_8);
    List<String> lines = printed.lines().toList();
    assertThat(printed).doesNotContain("\r");
    assertThat(lines.get(0)).isEqualTo("Quadratic.square: up to 20 trials (tpe, seed 3)");
    assertThat(lines.get(1)).startsWith("Quadratic.square  1/20 trials, 0 failed, best ");
    assertThat(lines).last().asString().startsWith("Quadratic.square: 20 trials (0 failed), best ");
  }
}
