/** Annotated search spaces of every kind, compiled with parzen-processor as a user would. */
package dev.parzen.it;
