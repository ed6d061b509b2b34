/** How the report is made: the page data, its JSON, the page template and atomic writes. */
package dev.parzen.report.internal;
