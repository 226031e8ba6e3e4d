/**
 * The {@code ita} command: score inputs, list and show rubrics, the minimum sample, jshell with the SDK.
 * Run through the {@code ./ita} launcher at the repository root; {@link io.github.itasdk.cli.Main} is the
 * entry point.
 */
package io.github.itasdk.cli;
