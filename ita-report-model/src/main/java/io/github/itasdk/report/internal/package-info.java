/**
 * Internal support of the report model and its renderers (the Thai and English wording loaded from the
 * resource bundles {@code words_th.properties} and {@code words_en.properties}). Not part of the API: it may
 * change without notice.
 */
@ItaStyle
package io.github.itasdk.report.internal;

import io.github.itasdk.core.internal.ItaStyle;
