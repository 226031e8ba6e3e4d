/**
 * The analysis report in the formats agencies post and edit: {@link io.github.itasdk.report.office.Pdf}
 * (the HTML page printed to A4 by headless Chromium) and {@link io.github.itasdk.report.office.Docx} (an
 * editable Word document written with Apache POI, with real headings and tables). This module is separate
 * from {@code ita-report-model} so that a system that renders the model itself never pulls Apache POI.
 */
package io.github.itasdk.report.office;
