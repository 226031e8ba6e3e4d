package io.github.itasdk.report;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.itasdk.core.ItaException;
import java.util.List;
import org.immutables.value.Value;

/**
 * A measure the agency plans for the coming year (SPEC §9 (2)): for one analysis theme or one indicator,
 * what will be done, who is responsible, the steps and the timeframe. All text is the agency's own
 * (untrusted: renderers escape it). {@link AnalysisReport#of(io.github.itasdk.core.card.ScoreCard,
 * io.github.itasdk.core.rubric.Rubric, ReportOptions)} checks that the theme or indicator exists.
 *
 * <pre>{@code
 * Measure.forTheme(2, "ปรับปรุงระบบ E-Service", "สำนักปลัด",
 *     List.of("สำรวจบริการ", "เปิดระบบออนไลน์"), "1 ต.ค. 66 – 30 ก.ย. 67");
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMeasure.class)
@JsonDeserialize(as = ImmutableMeasure.class)
public abstract class Measure {
  /** What a measure is attached to. */
  public enum Subject {
    /** An analysis theme, by its number. */
    THEME,
    /** An indicator, 1–10. */
    INDICATOR
  }

  /** @return theme or indicator */
  public abstract Subject subject();

  /** @return the theme's or indicator's number */
  public abstract int number();

  /** @return the measure (how the analysis is put into practice) */
  public abstract String measure();

  /** @return who is responsible */
  public abstract String responsible();

  /** @return the steps, in order */
  public abstract List<String> steps();

  /** @return the timeframe, as the agency writes it */
  public abstract String timeframe();

  @Value.Check
  void check() {
    if (measure().isBlank()) {
      throw new ItaException("Measure for " + subject() + " [" + number() + "] has no text");
    }
  }

  /**
   * @param theme the theme number
   * @param measure the measure
   * @param responsible who is responsible
   * @param steps the steps
   * @param timeframe the timeframe
   * @return the measure
   * @throws ItaException when the measure text is blank
   */
  public static Measure forTheme(int theme, String measure, String responsible, List<String> steps,
      String timeframe) {
    return builder().subject(Subject.THEME).number(theme).measure(measure).responsible(responsible).steps(steps)
        .timeframe(timeframe).build();
  }

  /**
   * @param indicator the indicator number, 1–10
   * @param measure the measure
   * @param responsible who is responsible
   * @param steps the steps
   * @param timeframe the timeframe
   * @return the measure
   * @throws ItaException when the measure text is blank
   */
  public static Measure forIndicator(int indicator, String measure, String responsible, List<String> steps,
      String timeframe) {
    return builder().subject(Subject.INDICATOR).number(indicator).measure(measure).responsible(responsible)
        .steps(steps).timeframe(timeframe).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Measure}. */
  public static final class Builder extends ImmutableMeasure.Builder {}

  @Override
  public String toString() {
    return "Measure[" + subject() + " " + number() + ": " + measure() + " / " + responsible() + " / "
        + steps().size() + " steps / " + timeframe() + "]";
  }
}
