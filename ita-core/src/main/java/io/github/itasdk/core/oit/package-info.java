/**
 * The OIT self-check: before submitting, an agency's OIT answers and evidence (URLs, explanation, year,
 * elements shown) are read against the rubric's required contents per item and the manual's general
 * conditions, offline and without I/O. {@link io.github.itasdk.core.oit.OitSelfCheck} produces an
 * {@link io.github.itasdk.core.oit.OitCheck}: {@link io.github.itasdk.core.oit.OitFinding}s per item, each with
 * its {@link io.github.itasdk.core.oit.OitRule} and public source, and the OIT score and total as answered and
 * if the findings hold. {@link io.github.itasdk.core.oit.WebAddress} reads a URL as entered. Checking that
 * the URLs resolve needs the network and lives outside the core (the {@code ita oit check --check-links}
 * command).
 */
@ItaStyle
package io.github.itasdk.core.oit;

import io.github.itasdk.core.internal.ItaStyle;
