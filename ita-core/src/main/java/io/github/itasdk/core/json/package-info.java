/**
 * The SDK's JSON formats: rubric data, assessment inputs and score cards, read and written through
 * {@link io.github.itasdk.core.json.ItaJson} with one safely configured Jackson mapper (no polymorphic
 * typing, size and nesting limits, unknown fields rejected).
 */
package io.github.itasdk.core.json;
