/** Internal: the nodes of the engine's tree: engine, tuning class, {@code @Tune} method, trial. */
package dev.parzen.junit.internal.descriptor;
