/**
 * The console progress line: what a tuning prints while it runs and the summary it prints at the
 * end. {@link dev.parzen.console.ConsoleProgress} is registered with {@link
 * java.util.ServiceLoader}, so every tuning shows progress unless {@code parzen.progress=false}.
 */
package dev.parzen.console;
