package io.github.itasdk.report;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.itasdk.core.rubric.Part;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.immutables.value.Value;

/** One EIT part's score of a tool, indicator or question (FY2566 onward), 2 decimals. */
@Value.Immutable
@JsonSerialize(as = ImmutablePartScore.class)
@JsonDeserialize(as = ImmutablePartScore.class)
public abstract class PartScore {
  /** @return the part, PUBLIC or SURVEY */
  public abstract Part part();

  /** @return the score, 0.00–100.00 */
  public abstract BigDecimal score();

  @Value.Check
  PartScore normalized() {
    return score().scale() == 2 ? this
        : ImmutablePartScore.builder().part(part()).score(score().setScale(2, RoundingMode.HALF_UP)).build();
  }

  /**
   * @param part the part
   * @param score its score (rounded HALF_UP to 2 decimals)
   * @return the part score
   */
  public static PartScore of(Part part, BigDecimal score) {
    return ImmutablePartScore.builder().part(part).score(score).build();
  }

  @Override
  public String toString() {
    return part() + "=" + score().toPlainString();
  }
}
