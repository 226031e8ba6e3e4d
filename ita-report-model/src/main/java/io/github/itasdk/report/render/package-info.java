/**
 * Two reference renderings of an {@link io.github.itasdk.report.AnalysisReport}: {@link
 * io.github.itasdk.report.render.Markdown} and standalone {@link io.github.itasdk.report.render.Html} (with
 * an inline SVG chart of the ten indicators), and Markdown of comparisons and cohorts. Thai only by default,
 * English or both side by side on request ({@link io.github.itasdk.report.render.Language}); every piece of
 * caller text (agency name, measures, limitations) is escaped.
 */
package io.github.itasdk.report.render;
