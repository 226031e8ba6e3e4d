package io.github.itasdk.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One of last year's measures as the agency reports on it (the OIT item that asks for the report on carrying
 * the measures out: FY2566 o43, FY2568 o28): what it was, what it targeted, how far it got, where the evidence
 * is, and a note.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePastMeasure.class)
@JsonDeserialize(as = ImmutablePastMeasure.class)
public abstract class PastMeasure {
  /** How far a past measure got. */
  public enum Status {
    /** ดำเนินการแล้ว. */
    @JsonProperty("done") DONE,
    /** ดำเนินการบางส่วน. */
    @JsonProperty("partly") PARTLY,
    /** ยังไม่ได้ดำเนินการ. */
    @JsonProperty("not-done") NOT_DONE,
    /** ยกเลิก. */
    @JsonProperty("dropped") DROPPED,
    /** The agency has not said (a measure of last year's plan with no status in this year's). */
    @JsonProperty("not-reported") NOT_REPORTED
  }

  /** @return the measure, as last year's plan named it */
  public abstract String title();

  /** @return what it targeted */
  @Value.Default
  public Targets targets() {
    return Targets.none();
  }

  /** @return how far it got */
  public abstract Status status();

  /** @return a URL of the evidence (report, photos, notice), if given */
  public abstract Optional<String> evidence();

  /** @return the agency's note, if any */
  public abstract Optional<String> note();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PastMeasure}. */
  public static final class Builder extends ImmutablePastMeasure.Builder {}

  @Override
  public String toString() {
    return "PastMeasure[" + title() + " " + status() + "]";
  }
}
