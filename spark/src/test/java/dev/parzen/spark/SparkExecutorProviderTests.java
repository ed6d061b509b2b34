package dev.parzen.spark;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parzen.TrialExecutors;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SparkExecutorProviderTests {

  @Test
  void anUnknownClasspathModeIsRefusedBeforeSparkStarts() {
    assertThatThrownBy(
            () -> TrialExecutors.named("spark", Map.of("parzen.spark.classpath", "everything")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "parzen.spark.classpath must be auto, extraClassPath, jars or none (was 'everything')");
  }
}
