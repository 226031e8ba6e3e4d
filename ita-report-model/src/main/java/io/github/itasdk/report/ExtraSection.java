package io.github.itasdk.report;

import io.github.itasdk.core.Label;
import java.util.List;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A section another part of the SDK or the caller adds to the report (for example the findings of an OIT
 * evidence self-check), printed in the report's {@link ReportSection#EXTRA} place: a title and its items.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableExtraSection.class)
@JsonDeserialize(as = ImmutableExtraSection.class)
public abstract class ExtraSection {
  /** @return a stable id, e.g. {@code oit-self-check} */
  public abstract String id();

  /** @return the title */
  public abstract Label title();

  /** @return the items, in order */
  public abstract List<Label> items();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ExtraSection}. */
  public static final class Builder extends ImmutableExtraSection.Builder {}

  @Override
  public String toString() {
    return "ExtraSection[" + id() + ", " + items().size() + " items]";
  }
}
