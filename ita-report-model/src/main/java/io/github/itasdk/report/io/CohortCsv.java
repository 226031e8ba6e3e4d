package io.github.itasdk.report.io;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import io.github.itasdk.core.UnreadableInputException;
import java.nio.charset.CharacterCodingException;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.itasdk.core.InvalidInputException;
import io.github.itasdk.core.ItaException;
import io.github.itasdk.core.Problem;
import io.github.itasdk.core.Scores;
import io.github.itasdk.core.card.FigureLevel;
import io.github.itasdk.core.card.ScoreCard;
import io.github.itasdk.core.engine.ScoringEngine;
import io.github.itasdk.core.input.Agency;
import io.github.itasdk.core.input.AssessmentInput;
import io.github.itasdk.core.input.PublishedFigure;
import io.github.itasdk.core.rubric.Indicator;
import io.github.itasdk.core.rubric.Rubric;
import io.github.itasdk.report.Cohort;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The cohort CSV codec: reads a CSV of published indicator scores into a {@link Cohort}. Reading files is
 * kept here, at the edge, so that the report model itself does no I/O.
 */
public final class CohortCsv {
  private static final String AGENCY = "agency";
  private static final String YEAR = "fiscalYear";
  private static final String RATING = "rating";
  private static final String INDICATOR_PREFIX = "ind";

  private CohortCsv() {}

  /** The most rows a cohort CSV may have: bounds the memory its cards take. */
  public static final int MAX_ROWS = 50_000;
  /** The longest cell accepted, in characters. */
  public static final int MAX_CELL_CHARS = 1_000_000;

  /**
   * Reads a CSV of published indicator scores, one agency-year per row, scores each row under the rubric
   * of its fiscal year (the published indicators as input to {@code ScoringEngine}) and builds the cohort,
   * counted against the national target of its newest fiscal year ({@link Cohort#of(List, Collection)}).
   *
   * <p>Format (UTF-8, comma-separated, first line the header, lines starting with {@code #} are comments):
   * {@code agency,fiscalYear,ind1,ind2,…,ind10[,rating]} — {@code fiscalYear} B.E. (e.g. 2566); {@code indN}
   * the published score of indicator N, 0–100; the optional {@code rating} the published rating as printed
   * (any label variant), which settles a rating the indicators leave open (EIT parts unknown). Every problem
   * (unknown column, missing or bad score, unknown year) is reported with its row.
   *
   * @param csv the CSV (the caller closes it)
   * @param rubrics the rubrics, found by fiscal year (e.g. {@code Rubrics.all()})
   * @return the cohort
   * @throws InvalidInputException listing every problem with its row and column
   */
  public static Cohort read(Reader csv, Collection<Rubric> rubrics) {
    return Cohort.of(cards(csv, rubrics), rubrics);
  }

  /**
   * As {@link #read(Reader, Collection)}, against a target share the caller gives.
   *
   * @param csv the CSV (the caller closes it)
   * @param rubrics the rubrics, found by fiscal year (e.g. {@code Rubrics.all()})
   * @param targetShare the target share in percent
   * @return the cohort
   * @throws InvalidInputException listing every problem with its row and column
   * @throws ItaException when the target share is outside 0–100
   */
  public static Cohort read(Reader csv, Collection<Rubric> rubrics, BigDecimal targetShare) {
    return Cohort.of(cards(csv, rubrics), rubrics, targetShare);
  }

  private static List<ScoreCard> cards(Reader csv, Collection<Rubric> rubrics) {
    CsvMapper mapper = CsvMapper.builder(CsvFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
            .maxStringLength(MAX_CELL_CHARS).maxNameLength(MAX_CELL_CHARS).build()).build())
        .enable(CsvParser.Feature.TRIM_SPACES).enable(CsvParser.Feature.FAIL_ON_MISSING_HEADER_COLUMNS).build();
    CsvSchema schema = CsvSchema.emptySchema().withHeader().withComments();
    List<Problem> problems = new ArrayList<>();
    List<ScoreCard> cards = new ArrayList<>();
    try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class).with(schema).readValues(csv)) {
      int row = 0;
      while (it.hasNextValue()) {
        Map<String, String> line = it.nextValue();
        row++;
        if (row == 1) {
          checkHeader(line.keySet(), rubrics, problems);
          if (!problems.isEmpty()) {
            break;
          }
        }
        if (row > MAX_ROWS) {
          problems.add(new Problem("row " + row, "more than " + MAX_ROWS + " rows: a cohort CSV holds one row per "
              + "agency and year (the national cohort is about 8,300 agencies a year)"));
          break;
        }
        String where = "row " + row;
        scoreRow(line, where, rubrics, problems).ifPresent(cards::add);
      }
    } catch (StreamConstraintsException e) {
      problems.add(new Problem("csv", "a cell longer than " + MAX_CELL_CHARS + " characters"));
    } catch (CharacterCodingException e) {
      problems.add(new Problem("csv", "not UTF-8 text; save the file as UTF-8 (a file saved as TIS-620 or "
          + "Windows-874 must be converted)"));
    } catch (JsonProcessingException e) {
      problems.add(new Problem("csv", "malformed CSV: " + e.getOriginalMessage()));
    } catch (IOException e) {
      throw new UnreadableInputException("the cohort CSV", e);
    } catch (RuntimeException e) {
      if (e instanceof ItaException ie) {
        throw ie;
      }
      problems.add(new Problem("csv", "malformed CSV: " + e.getMessage()));
    }
    if (problems.isEmpty() && cards.isEmpty()) {
      problems.add(new Problem("csv", "no rows: expected a header " + AGENCY + "," + YEAR + "," + INDICATOR_PREFIX
          + "1,…," + INDICATOR_PREFIX + "10[," + RATING + "] and one row per agency-year"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("Invalid cohort CSV", problems);
    }
    return cards;
  }

  private static void checkHeader(Set<String> columns, Collection<Rubric> rubrics, List<Problem> problems) {
    Set<String> indicatorColumns = new TreeSet<>();
    rubrics.forEach(r -> r.indicators().forEach(i -> indicatorColumns.add(INDICATOR_PREFIX + i.number())));
    for (String required : List.of(AGENCY, YEAR)) {
      if (!columns.contains(required)) {
        problems.add(new Problem("header", "missing column [" + required + "]"));
      }
    }
    for (String c : columns) {
      boolean known = c.equals(AGENCY) || c.equals(YEAR) || c.equals(RATING)
          || indicatorColumns.contains(c);
      if (!known) {
        problems.add(new Problem("header", "unknown column [" + c + "] (valid: " + AGENCY + ", " + YEAR + ", "
            + INDICATOR_PREFIX + "1 … " + INDICATOR_PREFIX + "10, " + RATING + ")"));
      }
    }
  }

  private static Optional<ScoreCard> scoreRow(Map<String, String> line, String where, Collection<Rubric> rubrics,
      List<Problem> problems) {
    String agency = line.getOrDefault(AGENCY, "");
    if (agency.isBlank()) {
      problems.add(new Problem(where + ", " + AGENCY, "missing agency name"));
    }
    String yearText = line.getOrDefault(YEAR, "");
    Rubric rubric = null;
    try {
      int year = Integer.parseInt(yearText);
      rubric = rubrics.stream().filter(r -> r.fiscalYear() == year).findFirst().orElse(null);
      if (rubric == null) {
        Set<Integer> years = new TreeSet<>();
        rubrics.forEach(r -> years.add(r.fiscalYear()));
        problems.add(new Problem(where + ", " + YEAR, "no rubric for fiscal year [" + year + "] (years: " + years + ")"));
      }
    } catch (NumberFormatException e) {
      problems.add(new Problem(where + ", " + YEAR, "invalid fiscal year (B.E., e.g. 2566): [" + yearText + "]"));
    }
    if (rubric == null) {
      return Optional.empty();
    }
    AssessmentInput.Builder in = AssessmentInput.builder().rubric(rubric.id());
    if (!agency.isBlank()) {
      in.agency(Agency.named(agency));
    }
    int before = problems.size();
    for (Indicator ind : rubric.indicators()) {
      String col = INDICATOR_PREFIX + ind.number();
      String text = line.getOrDefault(col, "");
      if (text.isBlank()) {
        problems.add(new Problem(where + ", " + col, "missing score of indicator " + ind.number()));
        continue;
      }
      try {
        if (text.length() > Scores.MAX_NUMBER_CHARS) {
          throw new NumberFormatException();
        }
        BigDecimal score = new BigDecimal(text);
        Optional<String> wrong = Scores.scoreProblem(score);
        if (wrong.isPresent()) {
          problems.add(new Problem(where + ", " + col, "score " + wrong.get()));
          continue;
        }
        in.addPublished(PublishedFigure.of(FigureLevel.INDICATOR, Integer.toString(ind.number()), score));
      } catch (NumberFormatException e) {
        problems.add(new Problem(where + ", " + col, "invalid score (a decimal such as 96.58): ["
            + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "]"));
      }
    }
    String rating = line.getOrDefault(RATING, "");
    if (!rating.isBlank()) {
      in.publishedRating(rating);
    }
    if (problems.size() > before) {
      return Optional.empty();
    }
    try {
      return Optional.of(ScoringEngine.of(rubric).score(in.build()));
    } catch (InvalidInputException e) {
      e.problems().forEach(p -> problems.add(new Problem(where + " " + p.location(), p.message())));
      return Optional.empty();
    }
  }
}
