package io.github.itasdk.rubrics;

import io.github.itasdk.core.InvalidInputException;
import io.github.itasdk.core.InvalidRubricException;
import io.github.itasdk.core.ItaException;
import io.github.itasdk.core.Problem;
import io.github.itasdk.core.input.AssessmentInput;
import io.github.itasdk.core.json.ItaJson;
import io.github.itasdk.core.rubric.Rubric;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The closed registry of shipped rubric years, and {@link #load(Path)} for a year we do not ship. Each
 * shipped year is a JSON resource {@code ITA-<year>.json}, listed in the resource {@code shipped.txt} next
 * to it, read and validated the first time that year is asked for (a command that scores one FY2566
 * input reads only FY2566), then kept; a rubric file of your own (the format of docs/rubric-format.md)
 * is validated by exactly the same rules.
 *
 * <pre>{@code
 * Rubric fy2566 = Rubrics.forFiscalYear(2566);
 * Rubric same = Rubrics.forId("ITA-2566");
 * Rubrics.all();                      // FY2564, FY2566, FY2568
 * Rubrics.latest();                   // FY2568: the newest shipped year
 * Rubrics.forFiscalYear(2565);        // ItaException: No rubric for fiscal year 2565; shipped: 2564, 2566, 2568 (B.E.) …
 * Rubric fy2569 = Rubrics.load(Path.of("ITA-2569.json"));   // your own year, from the official manual
 * }</pre>
 */
public final class Rubrics {
  private static final String ID_PREFIX = "ITA-";
  /** The shipped fiscal years (B.E.), oldest first, from the resource names: {@code ITA-2566.json} is 2566. */
  private static final List<Integer> YEARS = years(shippedResources());
  /** The rubrics read so far, by fiscal year; each is read once (a rubric is immutable). */
  private static final Map<Integer, Rubric> LOADED = new ConcurrentHashMap<>();

  private Rubrics() {}

  /** How to use a year the SDK does not ship; ends every "no rubric" message. */
  public static final String HOW_TO_LOAD = "for another year, write its rubric as a JSON file (docs/rubric-format.md)"
      + " and load it: Rubrics.load(path) in Java, --rubric-file FILE on the command line";

  /**
   * Reads a rubric file of your own — a year the SDK does not ship, or your copy of a shipped year —
   * and validates it exactly as the shipped years are validated.
   *
   * @param file a rubric JSON file in the format of docs/rubric-format.md (UTF-8)
   * @return the validated rubric
   * @throws io.github.itasdk.core.InvalidRubricException naming the file and every problem with its path
   * @throws IOException when the file cannot be read
   */
  public static Rubric load(Path file) throws IOException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return ItaJson.readRubric(reader, file.toString());
    } catch (InvalidRubricException e) {
      throw e.getMessage().startsWith("Invalid rubric [" + file + "]") ? e : new InvalidRubricException(file.toString(), e.problems());
    } catch (io.github.itasdk.core.UnreadableInputException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw e;
    }
  }

  private static List<String> shippedResources() {
    try (InputStream in = Rubrics.class.getResourceAsStream("shipped.txt")) {
      if (in == null) {
        throw new ItaException("Rubric index [shipped.txt] is missing from the ita-rubrics jar");
      }
      List<String> names = new ArrayList<>(); // a loop, not a stream: a one-agency command links no lambda here
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        String l = line.strip();
        if (!l.isEmpty() && !l.startsWith("#")) {
          names.add(l);
        }
      }
      return names;
    } catch (IOException e) {
      throw new ItaException("Rubric index [shipped.txt] could not be read: " + e.getMessage(), e);
    }
  }

  private static int yearOf(String resource) {
    if (!isShippedName(resource)) {
      throw new ItaException("Rubric index [shipped.txt] names [" + resource + "]; a shipped rubric is ITA-<year>.json");
    }
    return Integer.parseInt(resource.substring(ID_PREFIX.length(), ID_PREFIX.length() + 4));
  }

  /**
   * @return true for {@code ITA-<four ASCII digits>.json}; written out rather than a regular expression, so
   *     that naming the years compiles no pattern in every cold process (java.util.regex spins lambda classes)
   */
  static boolean isShippedName(String resource) {
    if (resource.length() != ID_PREFIX.length() + 4 + ".json".length() || !resource.startsWith(ID_PREFIX)
        || !resource.endsWith(".json")) {
      return false;
    }
    for (int i = ID_PREFIX.length(); i < ID_PREFIX.length() + 4; i++) {
      char c = resource.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static List<Integer> years(List<String> resources) {
    List<Integer> years = new ArrayList<>();
    for (String r : resources) {
      years.add(yearOf(r));
    }
    Collections.sort(years);
    return List.copyOf(years);
  }

  /** Reads a shipped year (a class rather than a lambda: a one-agency command links no lambda here). */
  private static final Function<Integer, Rubric> READ_YEAR = new Function<>() {
    @Override
    public Rubric apply(Integer year) {
      return load(ID_PREFIX + year + ".json");
    }
  };

  /** The shipped rubric of a year in {@link #YEARS}, read the first time it is asked for. */
  private static Rubric year(int fiscalYear) {
    return LOADED.computeIfAbsent(fiscalYear, READ_YEAR);
  }

  private static Rubric load(String resource) {
    try (InputStream in = Rubrics.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new ItaException("Rubric resource [" + resource + "] is missing from the ita-rubrics jar");
      }
      Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
      return ItaJson.readRubric(reader, resource);
    } catch (IOException e) {
      throw new ItaException("Rubric resource [" + resource + "] could not be read: " + e.getMessage(), e);
    }
  }

  /** @return every shipped rubric, oldest first */
  public static List<Rubric> all() {
    return YEARS.stream().map(Rubrics::year).toList();
  }

  /** @return the rubric of the newest shipped fiscal year: the default where a year is not given */
  public static Rubric latest() {
    return year(YEARS.get(YEARS.size() - 1));
  }

  /**
   * @param fiscalYear the Thai fiscal year B.E. (2564) or C.E. (2021)
   * @return the rubric of that year
   * @throws ItaException naming the shipped years when the year is not shipped
   */
  public static Rubric forFiscalYear(int fiscalYear) {
    Optional<Rubric> found = find(fiscalYear); // no lambda: every cold process that names a year comes here
    if (found.isEmpty()) {
      throw new ItaException("No rubric for fiscal year " + fiscalYear + "; shipped: " + shipped() + " (B.E.); "
          + HOW_TO_LOAD);
    }
    return found.get();
  }

  /**
   * @param id a rubric id such as {@code ITA-2566}
   * @return the rubric
   * @throws ItaException naming the shipped ids when there is no such rubric
   */
  public static Rubric forId(String id) {
    Optional<Rubric> r = find(id);
    if (r.isEmpty()) {
      throw new ItaException("No rubric [" + id + "]; shipped: " + shippedIds() + "; " + HOW_TO_LOAD);
    }
    return r.get();
  }

  /**
   * The shipped rubric an input names: an unknown id is a problem of the input, at {@code $.rubric}.
   *
   * @param input an assessment input
   * @return the rubric named by {@code input.rubric()}
   * @throws InvalidInputException at {@code $.rubric} naming the shipped ids when it is not shipped
   */
  public static Rubric forInput(AssessmentInput input) {
    return find(input.rubric()).orElseThrow(() -> new InvalidInputException(List.of(new Problem("$.rubric",
        noRubric(input.rubric())))));
  }

  /** The $.rubric problem of an input naming a rubric that is not shipped. */
  static String noRubric(String id) {
    return "no rubric [" + id + "]; shipped: " + shippedIds()
        + "; " + HOW_TO_LOAD;
  }

  /** @param fiscalYear fiscal year B.E. (2566) or C.E. (2023) @return the rubric, if shipped */
  public static Optional<Rubric> find(int fiscalYear) {
    int be = fiscalYear < 2400 ? fiscalYear + 543 : fiscalYear;
    return YEARS.contains(be) ? Optional.of(year(be)) : Optional.empty();
  }

  /** @param id a rubric id such as {@code ITA-2566} @return the rubric, if shipped */
  public static Optional<Rubric> find(String id) {
    // a shipped rubric's id is ITA-<year> (RubricsTest pins it), so the id names the one resource to read
    for (int y : YEARS) {
      if ((ID_PREFIX + y).equals(id)) {
        return Optional.of(year(y));
      }
    }
    return Optional.empty();
  }

  private static String shipped() {
    return YEARS.stream().map(String::valueOf).collect(Collectors.joining(", "));
  }

  private static String shippedIds() {
    return YEARS.stream().map(y -> ID_PREFIX + y).collect(Collectors.joining(", "));
  }
}
