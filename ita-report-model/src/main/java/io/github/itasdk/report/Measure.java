package io.github.itasdk.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.itasdk.core.ItaException;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A measure the agency plans for the coming year (the measures table of its published analysis): for one analysis theme or one indicator,
 * what will be done, who is responsible, the steps and the timeframe. All text is the agency's own
 * (untrusted: renderers escape it). {@link AnalysisReport#of(io.github.itasdk.core.card.ScoreCard,
 * io.github.itasdk.core.rubric.Rubric, ReportOptions)} checks that the theme or indicator exists.
 * One row of an agency's measures for the coming year: what will be done ({@link #title()}), whether it is a
 * measure, a project or an activity, what in the result it answers ({@link #targets()}), the analysis behind it,
 * the steps, the period, the responsible units, and optionally an indicator of success and a budget. All text
 * is the agency's own (untrusted: renderers escape it).
 *
 * <p>A measure drafted by the SDK ({@code PlanDrafts.draft}) is marked {@link #draft()} and carries marked
 * placeholders for the owner and the period; reports show it as a draft until the agency edits it and clears
 * the flag.
 *
 * <pre>{@code
 * Measure m = Measure.builder()
 *     .title("จัดทำคู่มือการให้บริการที่ระบุขั้นตอนและระยะเวลา")
 *     .targets(Targets.builder().addThemes(1).addIndicators(1).addQuestions("i1", "e1").build())
 *     .addSteps("ทบทวนขั้นตอนเดิม", "เผยแพร่คู่มือบนเว็บไซต์")
 *     .period("ต.ค. 67 – ก.ย. 68")
 *     .addResponsible("สำนักปลัด")
 *     .build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMeasure.class)
@JsonDeserialize(as = ImmutableMeasure.class)
public abstract class Measure {
  /** What the row is, as the agencies' tables name it. */
  public enum Kind {
    /** มาตรการ — a measure (the default). */
    @JsonProperty("measure") MEASURE,
    /** โครงการ — a project. */
    @JsonProperty("project") PROJECT,
    /** กิจกรรม — an activity. */
    @JsonProperty("activity") ACTIVITY
  }

  /** @return what will be done */
  public abstract String title();

  /** @return measure, project or activity; default {@link Kind#MEASURE} */
  @Value.Default
  public Kind kind() {
    return Kind.MEASURE;
  }

  /** @return the themes, indicators, questions and OIT items the measure answers */
  @Value.Default
  public Targets targets() {
    return Targets.none();
  }

  /** @return the analysis behind the measure (why it is needed), in the agency's words */
  public abstract Optional<String> analysis();

  /** @return the steps, in order */
  public abstract List<String> steps();

  /** @return the period as the agency writes it, e.g. {@code ต.ค. 67 – ก.ย. 68} or dates */
  public abstract String period();

  /** @return the responsible units, e.g. สำนักปลัด, กองคลัง */
  public abstract List<String> responsible();

  /** @return how success will be judged, if stated */
  public abstract Optional<String> successIndicator();

  /** @return the budget as written (e.g. {@code 20,000 บาท} or {@code ไม่ใช้งบประมาณ}), if stated */
  public abstract Optional<String> budget();

  /** @return true while the row is an SDK draft the agency has not yet reviewed */
  @Value.Default
  public boolean draft() {
    return false;
  }

  @Value.Check
  void check() {
    if (title().isBlank()) {
      throw new ItaException("Measure has no title");
    }
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Measure}. */
  public static final class Builder extends ImmutableMeasure.Builder {}

  @Override
  public String toString() {
    return "Measure[" + title() + " / " + String.join(", ", responsible()) + " / " + period() + " / " + targets()
        + (draft() ? " / draft" : "") + "]";
  }
}
