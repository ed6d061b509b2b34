/** Internal: running tunings through the runtime and reporting their trials as tests. */
package dev.parzen.junit.internal.execution;
