/**
 * Benchmarks of the ITA SDK (not part of the library): the seeded national-dataset
 * {@link io.github.itasdk.bench.Generator}, the side-by-side {@link io.github.itasdk.bench.Harness} with
 * DuckDB, made-up single-agency inputs ({@link io.github.itasdk.bench.Agencies}) and the bootstrap cohort
 * timing ({@link io.github.itasdk.bench.BootstrapCohort}). Results: {@code bench/RESULTS.md}.
 */
package io.github.itasdk.bench;
