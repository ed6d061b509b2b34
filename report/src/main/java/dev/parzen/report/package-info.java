/**
 * The HTML report of a tuning: one self-contained file, {@code report.html} in the tuning's output
 * directory, with parallel coordinates of all trials, the loss per trial, one plot per parameter,
 * the best trial, the diagnostics and a sortable trial table. With {@code parzen-report} on the
 * class path, {@link dev.parzen.report.HtmlReportListener} writes it for every tuning.
 */
package dev.parzen.report;
