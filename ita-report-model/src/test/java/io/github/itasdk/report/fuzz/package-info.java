/** The fuzz suite of the input contract: hostile JSON documents and CSV exports built from the examples. */
package io.github.itasdk.report.fuzz;
