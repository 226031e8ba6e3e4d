/**
 * Codecs at the edge of the report model: {@link io.github.itasdk.report.io.CohortCsv} reads the cohort CSV
 * of published indicator scores into a {@link io.github.itasdk.report.Cohort}. The model packages themselves
 * do no I/O; JSON goes through {@code io.github.itasdk.core.json.ItaJson}.
 */
package io.github.itasdk.report.io;
