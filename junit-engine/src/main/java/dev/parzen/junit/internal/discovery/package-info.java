/** Internal: turning discovery selectors into the engine's tree, checking declarations. */
package dev.parzen.junit.internal.discovery;
