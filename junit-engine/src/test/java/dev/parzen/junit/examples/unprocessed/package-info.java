/**
 * Fixtures with mistakes the annotation processor rejects at compile time, compiled without it (see
 * the {@code unprocessed-fixtures} compiler execution): the engine must report them too, for builds
 * that do not run the processor.
 */
package dev.parzen.junit.examples.unprocessed;
