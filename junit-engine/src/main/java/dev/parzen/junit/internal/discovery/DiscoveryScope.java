package dev.parzen.junit.internal.discovery;

import dev.parzen.junit.ParzenTestEngine;
import org.junit.platform.engine.UniqueId;

/**
 * Tells this engine's unique ids from other engines'. Tools forward every engine's ids to every
 * engine; another engine's id is simply not ours, and no reason to complain.
 */
final class DiscoveryScope {

  private DiscoveryScope() {}

  static boolean ours(UniqueId id) {
    return id.getEngineId().map(ParzenTestEngine.ENGINE_ID::equals).orElse(false);
  }
}
