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
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The closed registry of shipped rubric years. Each year is a JSON resource, listed in the resource
 * {@code shipped.txt} next to it, read and validated once when this class is first used.
 *
 * <pre>{@code
 * Rubric fy2566 = Rubrics.forFiscalYear(2566);
 * Rubric same = Rubrics.forId("ITA-2566");
 * Rubrics.all();                      // FY2564, FY2566, FY2568
 * Rubrics.latest();                   // FY2568: the newest shipped year
 * Rubrics.forFiscalYear(2565);        // ItaException: no rubric for fiscal year 2565; shipped: 2564, 2566, 2568
 * }</pre>
 */
public final class Rubrics {
  private static final List<Rubric> ALL = shippedResources().stream().map(Rubrics::load)
      .sorted(Comparator.comparingInt(Rubric::fiscalYear)).toList();

  private Rubrics() {}

  private static List<String> shippedResources() {
    try (InputStream in = Rubrics.class.getResourceAsStream("shipped.txt")) {
      if (in == null) {
        throw new ItaException("Rubric index [shipped.txt] is missing from the ita-rubrics jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Rubric load(String resource) {
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

  /** @return every shipped rubric, oldest first */
  public static List<Rubric> all() {
    return ALL;
  }

  /** @return the rubric of the newest shipped fiscal year: the default where a year is not given */
  public static Rubric latest() {
    return ALL.get(ALL.size() - 1);
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
        "No rubric [" + id + "]; shipped: " + ALL.stream().map(Rubric::id).collect(Collectors.joining(", "))));
  }

  /** @param fiscalYear fiscal year B.E. (2566) or C.E. (2023) @return the rubric, if shipped */
  public static Optional<Rubric> find(int fiscalYear) {
    int be = fiscalYear < 2400 ? fiscalYear + 543 : fiscalYear;
    return ALL.stream().filter(r -> r.fiscalYear() == be).findFirst();
  }

  /** @param id a rubric id such as {@code ITA-2566} @return the rubric, if shipped */
  public static Optional<Rubric> find(String id) {
    return ALL.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  private static String shipped() {
    return ALL.stream().map(r -> String.valueOf(r.fiscalYear())).collect(Collectors.joining(", "));
  }
}
