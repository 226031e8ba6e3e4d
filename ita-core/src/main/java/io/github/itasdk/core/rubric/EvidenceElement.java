package io.github.itasdk.core.rubric;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.itasdk.core.Label;
import org.immutables.value.Value;

/**
 * One thing an OIT item's published evidence must show (an องค์ประกอบด้านข้อมูล of the manual), e.g. for
 * FY2564 o2 the photo of each executive. Inputs name it by {@link #code()} when they claim to show it.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEvidenceElement.class)
@JsonDeserialize(as = ImmutableEvidenceElement.class)
public abstract class EvidenceElement {
  /** @return a short lower-case code, unique within the item, e.g. {@code photo} */
  public abstract String code();

  /** @return what it is, in Thai and English */
  public abstract Label label();

  /**
   * @param code the code
   * @param label the label
   * @return the element
   */
  public static EvidenceElement of(String code, Label label) {
    return builder().code(code).label(label).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EvidenceElement}. */
  public static final class Builder extends ImmutableEvidenceElement.Builder {}

  @Override
  public String toString() {
    return code() + " " + label();
  }
}
