/** JMH benchmarks: parsing, aggregation, end-to-end batch scoring, the single-agency engine, the bootstrap. */
package io.github.itasdk.bench.jmh;
