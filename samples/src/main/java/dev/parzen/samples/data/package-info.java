/** The samples' data sets, deterministic splits and feature scaling. */
package dev.parzen.samples.data;
