package io.github.itasdk.rubrics;

import io.github.itasdk.core.ItaException;
import io.github.itasdk.core.json.ItaJson;
import io.github.itasdk.core.rubric.Rubric;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The closed registry of shipped rubric years. Each year is a JSON resource, read and validated the
 * first time that year is asked for (a command that scores one FY2566 input reads only FY2566), then kept.
 *
 * <pre>{@code
 * Rubric fy2566 = Rubrics.forFiscalYear(2566);
 * Rubric same = Rubrics.forId("ITA-2566");
 * Rubrics.all();                      // FY2564, FY2566, FY2568
 * Rubrics.forFiscalYear(2565);        // ItaException: no rubric for fiscal year 2565; shipped: 2564, 2566, 2568
 * }</pre>
 */
public final class Rubrics {
  /** The shipped fiscal years (B.E.). */
  private static final List<Integer> YEARS = List.of(2564, 2566, 2568);
  private static final String ID_PREFIX = "ITA-";
  /** The rubrics read so far, by fiscal year; each is read once (a rubric is immutable). */
  private static final Map<Integer, Rubric> LOADED = new ConcurrentHashMap<>();

  private Rubrics() {}

  private static Rubric load(int year) {
    String resource = ID_PREFIX + year + ".json";
    try (InputStream in = Rubrics.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new ItaException("Rubric resource [" + resource + "] is missing from the ita-rubrics jar");
      }
      Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
      return ItaJson.readRubric(reader, resource);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Rubric year(int fiscalYear) {
    return LOADED.computeIfAbsent(fiscalYear, Rubrics::load);
  }

  /** @return every shipped rubric, oldest first */
  public static List<Rubric> all() {
    return YEARS.stream().map(Rubrics::year).toList();
  }

  /**
   * @param fiscalYear the Thai fiscal year B.E. (2564) or C.E. (2021)
   * @return the rubric of that year
   * @throws ItaException naming the shipped years when the year is not shipped
   */
  public static Rubric forFiscalYear(int fiscalYear) {
    return find(fiscalYear).orElseThrow(() -> new ItaException("No rubric for fiscal year " + fiscalYear
        + "; shipped: " + shipped() + " (B.E.)"));
  }

  /**
   * @param id a rubric id such as {@code ITA-2566}
   * @return the rubric
   * @throws ItaException naming the shipped ids when there is no such rubric
   */
  public static Rubric forId(String id) {
    return find(id).orElseThrow(() -> new ItaException(
        "No rubric [" + id + "]; shipped: " + YEARS.stream().map(y -> ID_PREFIX + y).collect(Collectors.joining(", "))));
  }

  /** @param fiscalYear fiscal year B.E. (2566) or C.E. (2023) @return the rubric, if shipped */
  public static Optional<Rubric> find(int fiscalYear) {
    int be = fiscalYear < 2400 ? fiscalYear + 543 : fiscalYear;
    return YEARS.contains(be) ? Optional.of(year(be)) : Optional.empty();
  }

  /** @param id a rubric id such as {@code ITA-2566} @return the rubric, if shipped */
  public static Optional<Rubric> find(String id) {
    // a shipped rubric's id is ITA-<year> (RubricsTest pins it), so the id names the one resource to read
    return YEARS.stream().filter(y -> (ID_PREFIX + y).equals(id)).findFirst().map(Rubrics::year);
  }

  private static String shipped() {
    return YEARS.stream().map(String::valueOf).collect(Collectors.joining(", "));
  }
}
