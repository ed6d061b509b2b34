package dev.parzen.junit;

import java.nio.file.Path;
import org.junit.platform.testkit.engine.EngineTestKit;

/** The engine test kit, with journals and reports kept in a test's own folder. */
final class ParzenTestKit {

  private ParzenTestKit() {}

  static EngineTestKit.Builder engine(Path dir) {
    return EngineTestKit.engine(ParzenTestEngine.ENGINE_ID)
        .configurationParameter(ParzenConstants.DIR, dir.toString());
  }
}
