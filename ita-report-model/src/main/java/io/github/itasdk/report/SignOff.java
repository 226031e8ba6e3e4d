package io.github.itasdk.report;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** The executive's approval of the analysis: name, position and date as they are to be printed. */
@Value.Immutable
@JsonSerialize(as = ImmutableSignOff.class)
@JsonDeserialize(as = ImmutableSignOff.class)
public abstract class SignOff {
  /** @return the executive's name */
  public abstract String name();

  /** @return the executive's position, e.g. นายกองค์การบริหารส่วนตำบล */
  public abstract String position();

  /** @return the date as written, e.g. {@code 15 มกราคม 2568}; empty when not yet signed */
  public abstract Optional<String> date();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SignOff}. */
  public static final class Builder extends ImmutableSignOff.Builder {}

  @Override
  public String toString() {
    return "SignOff[" + name() + ", " + position() + date().map(d -> ", " + d).orElse("") + "]";
  }
}
