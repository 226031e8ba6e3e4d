/**
 * The SDK's JSON formats: rubric data, assessment inputs and score cards, read and written through
 * {@link io.github.itasdk.core.json.ItaJson}. Rubrics and inputs are read by hand from the tree of Jackson's
 * streaming parser (size and nesting limits, strict duplicates, every problem with its JSON path, unknown
 * fields rejected); values are written, and read back, by one safely configured Jackson mapper (no
 * polymorphic typing), made only when first needed.
 */
package io.github.itasdk.core.json;
