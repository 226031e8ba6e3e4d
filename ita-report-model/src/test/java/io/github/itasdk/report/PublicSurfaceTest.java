package io.github.itasdk.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.itasdk.core.card.Figure;
import io.github.itasdk.core.card.ProvisionalNote;
import io.github.itasdk.core.card.RespondentCount;
import io.github.itasdk.core.card.ScoreCard;
import io.github.itasdk.core.card.Warning;
import io.github.itasdk.core.json.ItaJson;
import io.github.itasdk.core.uncertainty.Interval;
import io.github.itasdk.core.uncertainty.RatingChance;
import io.github.itasdk.core.uncertainty.SamplePlan;
import io.github.itasdk.core.uncertainty.Uncertainty;
import io.github.itasdk.report.plan.Gain;
import io.github.itasdk.report.plan.ImprovementPlan;
import io.github.itasdk.report.plan.LevelPlan;
import io.github.itasdk.report.plan.LevelTarget;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Callers build inputs and read outputs: no output type offers a way to forge one, and no internal type leaks. */
class PublicSurfaceTest {
  static final List<Class<?>> OUTPUTS = List.of(ScoreCard.class, Figure.class, Warning.class, RespondentCount.class,
      ProvisionalNote.class, Uncertainty.class, Interval.class, RatingChance.class, SamplePlan.class,
      AnalysisReport.class, ReportHeader.class, ToolRow.class, IndicatorRow.class, QuestionRow.class, GroupRow.class,
      IndicatorDetail.class, Finding.class, ThemeSection.class, UncertaintySection.class, CloseCall.class,
      Cohort.class, CohortMember.class, CohortUncertainty.class, RatingCount.class, IndicatorStats.class,
      PolicyDifference.class, Comparison.class, ComparedCard.class, DeltaRow.class, ImprovementPlan.class,
      LevelPlan.class, LevelTarget.class, Gain.class, FigureMove.class, FollowUp.class, FollowUpRow.class,
      IndicatorAnalysis.class, Publication.class);

  static boolean isPublic(java.lang.reflect.Member m) {
    return Modifier.isPublic(m.getModifiers());
  }

  @Test
  void noOutputTypeHasAPublicBuilder() {
    for (Class<?> type : OUTPUTS) {
      assertThat(Arrays.stream(type.getDeclaredMethods()).filter(PublicSurfaceTest::isPublic)
          .filter(m -> Modifier.isStatic(m.getModifiers())).map(Method::getReturnType))
          .as("public static methods of %s returning a builder", type.getSimpleName())
          .noneMatch(r -> r.getSimpleName().equals("Builder"));
      for (Class<?> nested : type.getDeclaredClasses()) {
        assertThat(Stream.of(nested.getDeclaredConstructors()).filter(c -> nested.getSimpleName().equals("Builder"))
            .filter(PublicSurfaceTest::isPublic).map(Constructor::toString))
            .as("public constructors of %s.Builder", type.getSimpleName()).isEmpty();
      }
    }
  }

  @Test
  void noPublicMethodHandsOutJacksonsReaderOrTheInternalRatio() {
    // no reader, mapper or writer of Jackson's: a caller cannot read SDK types around the SDK's checks
    assertThat(Stream.of(ItaJson.class.getMethods()).map(Method::getReturnType).map(Class::getName))
        .noneMatch(n -> n.startsWith("com.fasterxml.jackson.databind.Object"));
    for (Class<?> type : OUTPUTS) {
      assertThat(Stream.of(type.getMethods()).map(Method::getReturnType).map(Class::getPackageName))
          .as("%s", type.getSimpleName()).doesNotContain("io.github.itasdk.core.internal");
    }
  }
}
