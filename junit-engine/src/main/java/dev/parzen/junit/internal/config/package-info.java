/** Internal: the engine's configuration parameters and {@code @Tune} attributes, read once. */
package dev.parzen.junit.internal.config;
