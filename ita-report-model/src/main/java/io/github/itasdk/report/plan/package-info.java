/**
 * The improvement planner: for every question, OIT item and indicator, the exact gain in the total if it
 * rose to 100 (from the rubric's weights and counts), ranked; and the smallest sets of OIT items and of
 * indicators whose fixing lifts the total to a threshold and to each level of the year's rating policy
 * that meets the national target. Built by {@link io.github.itasdk.report.plan.ImprovementPlan#of}.
 */
@ItaStyle
package io.github.itasdk.report.plan;

import io.github.itasdk.core.internal.ItaStyle;
