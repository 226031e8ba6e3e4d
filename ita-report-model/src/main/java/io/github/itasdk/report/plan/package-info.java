/**
 * The improvement planner: for every question, OIT item and indicator, the exact gain in the total if it
 * rose to 100 (from the rubric's weights and counts), ranked; and the smallest sets of OIT items and of
 * indicators whose fixing lifts the total to a threshold and to each level of the year's rating policy
 * that meets the national target. Built by {@link io.github.itasdk.report.plan.ImprovementPlan#of}.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    jdkOnly = true,
    defaultAsDefault = true,
    allParameters = false)
package io.github.itasdk.report.plan;

import org.immutables.value.Value;
