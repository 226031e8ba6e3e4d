/**
 * A whole cohort at once: {@link io.github.itasdk.core.batch.BatchScorer} streams the national wide CSV of
 * survey answers (and an OIT CSV) once, in parallel blocks, counting answers per agency and question so
 * that memory grows with agencies × questions rather than with respondents, and scores every agency with
 * the same engine as a single input. CSV problems come back with file, line and column.
 */
package io.github.itasdk.core.batch;
