/**
 * ITA SDK core: the values shared by every part of the SDK — bilingual {@link io.github.itasdk.core.Label}s,
 * the SDK's single unchecked root exception {@link io.github.itasdk.core.ItaException} and its two subtypes
 * for bad input and bad rubric data, each carrying every {@link io.github.itasdk.core.Problem} with its location.
 *
 * <p>Sub-packages: {@code rubric} (the immutable rubric model), {@code policy} (weighting and rating
 * policies), {@code input} (what is scored), {@code engine} (the scoring engine), {@code card} (the score
 * card), {@code batch} (a national CSV at once), {@code uncertainty} (the bootstrap), {@code json} (the JSON
 * formats); {@code internal} is not API.
 */
package io.github.itasdk.core;
