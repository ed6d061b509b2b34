package dev.parzen.mlflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class OrderedSenderTests {

  private final List<Exception> failures = Collections.synchronizedList(new ArrayList<>());

  private OrderedSender sender(int capacity) {
    return new OrderedSender("test-sender", capacity, Duration.ofSeconds(30), failures::add);
  }

  @Test
  void stepsRunInSubmissionOrder() {
    OrderedSender s = sender(8);
    List<Integer> seen = Collections.synchronizedList(new ArrayList<>());
    for (int i = 0; i < 500; i++) {
      int n = i;
      s.submit(() -> seen.add(n));
    }
    assertThat(s.finish(Duration.ofSeconds(30))).isTrue();
    assertThat(seen).hasSize(500).isSorted();
    assertThat(failures).isEmpty();
  }

  @Test
  void stepsRunOffTheSubmittingThread() {
    OrderedSender s = sender(8);
    List<Thread> threads = new ArrayList<>();
    s.submit(() -> threads.add(Thread.currentThread()));
    s.finish(Duration.ofSeconds(30));
    assertThat(threads).singleElement().isNotSameAs(Thread.currentThread());
    assertThat(threads.get(0).isDaemon()).isTrue();
  }

  @Test
  void theFirstFailureIsReportedOnceAndLaterStepsAreDropped() {
    OrderedSender s = sender(8);
    List<Integer> seen = Collections.synchronizedList(new ArrayList<>());
    s.submit(() -> seen.add(1));
    s.submit(
        () -> {
          throw new IOException("boom");
        });
    s.submit(
        () -> {
          throw new IOException("second");
        });
    s.submit(() -> seen.add(3));
    s.finish(Duration.ofSeconds(30));
    assertThat(seen).containsExactly(1);
    assertThat(failures).singleElement().extracting(Exception::getMessage).isEqualTo("boom");
    assertThat(s.stopped()).isTrue();
  }

  @Test
  void finishGivesUpOnAStuckStoreAndSaysSo() throws InterruptedException {
    OrderedSender s = sender(8);
    CountDownLatch release = new CountDownLatch(1);
    s.submit(release::await);
    assertThat(s.finish(Duration.ofMillis(50))).isFalse();
    assertThat(s.stopped()).isTrue();
    release.countDown();
  }

  @Test
  void aFullQueueThatDoesNotDrainStopsTheSender() {
    OrderedSender s = new OrderedSender("test-sender", 1, Duration.ofMillis(20), failures::add);
    CountDownLatch release = new CountDownLatch(1);
    s.submit(release::await);
    s.submit(() -> {});
    assertThat(failures)
        .singleElement()
        .extracting(Exception::getMessage)
        .asString()
        .contains("fell more than 1 updates behind");
    release.countDown();
    s.finish(Duration.ofSeconds(30));
  }
}
