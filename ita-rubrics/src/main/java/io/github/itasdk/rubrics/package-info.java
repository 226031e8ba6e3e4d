/**
 * The shipped rubric years (FY2564, FY2566, FY2568) as validated JSON data, found through
 * {@link io.github.itasdk.rubrics.Rubrics}, and {@link io.github.itasdk.rubrics.Ita}, the short entry
 * point that scores an input under the rubric it names.
 */
package io.github.itasdk.rubrics;
