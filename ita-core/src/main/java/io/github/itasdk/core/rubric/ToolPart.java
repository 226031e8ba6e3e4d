package io.github.itasdk.core.rubric;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.itasdk.core.ItaException;
import java.util.Objects;

/**
 * A tool, or one part of a tool that the year splits: {@code IIT}, {@code EIT}, {@code EIT/PUBLIC}.
 *
 * @param tool the tool; never null
 * @param part the part, or null for the whole tool
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ToolPart(@JsonProperty("tool") ToolKind tool, @JsonProperty("part") Part part)
    implements Comparable<ToolPart> {

  /** Rejects a missing tool and a part on a tool other than EIT. */
  @JsonCreator
  public ToolPart {
    Objects.requireNonNull(tool, "tool");
    if (part != null && tool != ToolKind.EIT) {
      throw new ItaException("Only EIT has parts, not [" + tool + "]");
    }
  }

  /** @param tool a whole tool @return the tool without a part */
  public static ToolPart of(ToolKind tool) {
    return new ToolPart(tool, null);
  }

  /** @param tool the tool @param part its part (may be null) @return the tool part */
  public static ToolPart of(ToolKind tool, Part part) {
    return new ToolPart(tool, part);
  }

  /**
   * Parses the canonical form written by {@link #toString()}.
   *
   * @param text {@code IIT}, {@code EIT}, {@code OIT}, {@code EIT/PUBLIC} or {@code EIT/SURVEY}
   * @return the tool part
   * @throws ItaException when the text is not one of those
   */
  public static ToolPart parse(String text) {
    String[] bits = text.split("/", -1);
    try {
      ToolKind tool = ToolKind.valueOf(bits[0]);
      if (bits.length == 1) {
        return of(tool);
      }
      if (bits.length == 2) {
        return of(tool, Part.valueOf(bits[1]));
      }
    } catch (IllegalArgumentException e) {
      // fall through to the error below
    }
    throw new ItaException("Invalid tool [" + text + "] (valid: IIT, EIT, EIT/PUBLIC, EIT/SURVEY, OIT)");
  }

  /** @return true when this names a whole tool */
  @com.fasterxml.jackson.annotation.JsonIgnore
  public boolean isWhole() {
    return part == null;
  }

  @Override
  public int compareTo(ToolPart o) {
    int c = tool.compareTo(o.tool);
    if (c != 0) {
      return c;
    }
    if (part == o.part) {
      return 0;
    }
    return part == null ? -1 : o.part == null ? 1 : part.compareTo(o.part);
  }

  // equals and hashCode written out: a record's generated ones are linked at run time on first use, which
  // costs a one-agency command several milliseconds of start-up

  @Override
  public boolean equals(Object o) {
    return o instanceof ToolPart t && tool == t.tool && part == t.part;
  }

  @Override
  public int hashCode() {
    return tool.ordinal() * 3 + (part == null ? 0 : part.ordinal() + 1);
  }

  @Override
  public String toString() {
    return part == null ? tool.name() : tool + "/" + part;
  }
}
