package dev.parzen.mlflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BatchSplitterTests {

  private static final String RUN = "0123456789abcdef0123456789abcdef";

  private final BatchSplitter splitter =
      new BatchSplitter(RestStore::jsonBytes, RestStore.envelopeBytes(RUN));

  private static List<Param> params(int n) {
    return IntStream.range(0, n).mapToObj(i -> new Param("p" + i, "v" + i)).toList();
  }

  private static List<Metric> metrics(int n) {
    return IntStream.range(0, n).mapToObj(i -> new Metric("loss", i, 1000L + i, i)).toList();
  }

  private static List<Tag> tags(int n, int valueLength) {
    return IntStream.range(0, n).mapToObj(i -> new Tag("t" + i, "x".repeat(valueLength))).toList();
  }

  @Test
  void nothingToLogMakesNoRequest() {
    assertThat(splitter.split(new LogBatch(List.of(), List.of(), List.of()))).isEmpty();
  }

  @Test
  void atMostOneHundredParamsGoInOneRequest() {
    List<LogBatch> parts = splitter.split(LogBatch.ofParams(params(250)));
    assertThat(parts).extracting(b -> b.params().size()).containsExactly(100, 100, 50);
  }

  @Test
  void atMostOneThousandMetricsGoInOneRequest() {
    List<LogBatch> parts = splitter.split(LogBatch.ofMetrics(metrics(2500)));
    assertThat(parts).extracting(b -> b.metrics().size()).containsExactly(1000, 1000, 500);
  }

  @Test
  void atMostOneHundredTagsGoInOneRequest() {
    List<LogBatch> parts = splitter.split(LogBatch.ofTags(tags(150, 3)));
    assertThat(parts).extracting(b -> b.tags().size()).containsExactly(100, 50);
  }

  @Test
  void atMostOneThousandEntitiesGoInOneRequest() {
    List<LogBatch> parts = splitter.split(new LogBatch(metrics(950), params(100), tags(100, 3)));
    assertThat(parts).allSatisfy(b -> assertThat(b.size()).isLessThanOrEqualTo(1000));
    assertThat(parts.stream().mapToInt(LogBatch::size).sum()).isEqualTo(1150);
  }

  @Test
  void requestsStayWithinOneMegabyte() {
    LogBatch huge = new LogBatch(metrics(500), List.of(), tags(100, 15_000));
    List<LogBatch> parts = splitter.split(huge);
    assertThat(parts).hasSizeGreaterThan(1);
    assertThat(parts)
        .allSatisfy(
            b ->
                assertThat(RestStore.requestBytes(RUN, b)).isLessThanOrEqualTo(Limits.BATCH_BYTES));
    assertThat(parts.stream().mapToInt(LogBatch::size).sum()).isEqualTo(600);
  }

  @Test
  void orderIsKeptParamsThenTagsThenMetrics() {
    LogBatch batch = new LogBatch(metrics(3), params(150), tags(2, 1));
    List<LogBatch> parts = splitter.split(batch);
    List<Param> params = parts.stream().flatMap(b -> b.params().stream()).toList();
    assertThat(params).isEqualTo(params(150));
    assertThat(parts.get(0).tags()).isEmpty();
    assertThat(parts.get(1).tags()).hasSize(2);
    assertThat(parts.get(1).metrics()).hasSize(3);
  }
}
