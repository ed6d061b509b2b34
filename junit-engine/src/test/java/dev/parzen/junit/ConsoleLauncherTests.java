package dev.parzen.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parzen.junit.examples.QuadraticTestCase;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs a tuning class with JUnit's console launcher in its own JVM, as a user would, and reads the
 * tree it prints. The build copies the launcher jar and writes the engine's class path for it.
 */
class ConsoleLauncherTests {

  @TempDir Path dir;

  private List<String> launch(String... arguments) throws IOException, InterruptedException {
    Path home = Path.of(System.getProperty("consoleLauncher.directory"));
    String engineClassPath =
        Files.readString(home.resolve("engine-class-path.txt"), StandardCharsets.UTF_8).strip();
    String classPath =
        String.join(
            File.pathSeparator,
            codeSource(ParzenTestEngine.class),
            codeSource(QuadraticTestCase.class),
            engineClassPath);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(home.resolve("junit-platform-console-standalone.jar").toString());
    command.addAll(
        List.of(
            "execute",
            "--disable-banner",
            "--disable-ansi-colors",
            "--details=tree",
            "--details-theme=ascii",
            "-cp",
            classPath,
            "--config=parzen.dir=" + dir.resolve("parzen")));
    command.addAll(List.of(arguments));
    Process p =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("out.txt").toFile())
            .start();
    assertThat(p.waitFor(2, TimeUnit.MINUTES)).as("the console launcher finished").isTrue();
    List<String> out = Files.readAllLines(dir.resolve("out.txt"));
    assertThat(p.exitValue()).as(String.join("\n", out)).isZero();
    return out;
  }

  private static String codeSource(Class<?> c) {
    try {
      return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void theConsoleLauncherShowsEveryTrialUnderItsTuneMethod() throws Exception {
    List<String> out =
        launch("--select-class", QuadraticTestCase.class.getName(), "--include-engine=parzen");
    String tree = String.join("\n", out);
    assertThat(tree)
        .contains("Parzen [OK]")
        .contains("QuadraticTestCase [OK]")
        .contains("quadratic(Point) [OK]")
        .contains("#0 x=-3.3, y=4.75 [OK]")
        .contains("#4 x=1.21, y=-0.46 [OK]")
        .contains("5 tests successful");
    assertThat(out.stream().filter(l -> l.matches(".*#\\d x=.* \\[OK\\]"))).hasSize(5);
  }
}
