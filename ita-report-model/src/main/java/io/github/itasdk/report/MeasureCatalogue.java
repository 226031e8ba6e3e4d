package io.github.itasdk.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.itasdk.core.ItaException;
import io.github.itasdk.core.internal.JsonConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The standard measures per rubric year, keyed by indicator, question, OIT item and theme: the data behind
 * drafted plans ({@link PlanDrafts}) and behind the "what should be done" sentence of an indicator's analysis
 * when the agency's plan has no measure for it. Each year has its own entries for questions and items (ids
 * restart per year) and shares one indicator-level entry per indicator 1–10, so every weak indicator has at
 * least one standard measure.
 *
 * <pre>{@code
 * MeasureCatalogue c = MeasureCatalogue.forRubric("ITA-2566");
 * c.forWeakness(8, List.of("e13"));      // StandardMeasure[ITA-2566/e13 …]
 * }</pre>
 */
public final class MeasureCatalogue {
  private static final String BASE = "/io/github/itasdk/report/measures/";
  private final String rubric;
  private final List<StandardMeasure> entries;

  private MeasureCatalogue(String rubric, List<StandardMeasure> entries) {
    this.rubric = rubric;
    this.entries = List.copyOf(entries);
  }

  /**
   * @param rubricId a rubric id, e.g. {@code ITA-2566}; a rubric without entries of its own (a user's rubric)
   *     gets the indicator-level entries only
   * @return its catalogue
   */
  public static MeasureCatalogue forRubric(String rubricId) {
    List<StandardMeasure> all = new ArrayList<>(load(rubricId + ".json", false));
    all.addAll(load("indicators.json", true));
    return new MeasureCatalogue(rubricId, all);
  }

  private static List<StandardMeasure> load(String name, boolean required) {
    try (InputStream in = MeasureCatalogue.class.getResourceAsStream(BASE + name)) {
      if (in == null) {
        if (required) {
          throw new IllegalStateException("missing resource " + BASE + name);
        }
        return List.of();
      }
      JsonNode root = JsonConfig.reader().readTree(in);
      List<StandardMeasure> out = new ArrayList<>();
      for (JsonNode e : root.path("entries")) {
        out.add(JsonConfig.reader().treeToValue(e, StandardMeasure.class));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return the rubric id */
  public String rubric() {
    return rubric;
  }

  /** @return every entry: the year's own first, then the indicator-level ones */
  public List<StandardMeasure> entries() {
    return entries;
  }

  /**
   * @param id a question or OIT item id of the year
   * @return the first entry for it
   */
  public Optional<StandardMeasure> forQuestion(String id) {
    return entries.stream().filter(e -> e.questions().contains(id)).findFirst();
  }

  /**
   * @param indicator 1–10
   * @return the indicator-level entry
   * @throws ItaException for a number outside 1–10
   */
  public StandardMeasure forIndicator(int indicator) {
    return entries.stream().filter(e -> e.questions().isEmpty() && e.indicators().contains(indicator)).findFirst()
        .orElseThrow(() -> new ItaException("No standard measure for indicator [" + indicator + "] (valid 1 - 10)"));
  }

  /**
   * The standard measure for a weak indicator: the entry of its weakest question or item that has one, else the
   * indicator's own.
   *
   * @param indicator the weak indicator
   * @param weakest its questions below the threshold, lowest first
   * @return the entry
   */
  public StandardMeasure forWeakness(int indicator, List<String> weakest) {
    for (String q : weakest) {
      Optional<StandardMeasure> e = forQuestion(q);
      if (e.isPresent()) {
        return e.get();
      }
    }
    return forIndicator(indicator);
  }

  @Override
  public String toString() {
    return "MeasureCatalogue[" + rubric + ", " + entries.size() + " entries]";
  }
}
