package io.github.itasdk.rubrics;

import io.github.itasdk.core.InvalidInputException;
import io.github.itasdk.core.card.ScoreCard;
import io.github.itasdk.core.engine.ScoringEngine;
import io.github.itasdk.core.input.AssessmentInput;
import io.github.itasdk.core.json.ItaJson;
import io.github.itasdk.core.rubric.Rubric;

/**
 * The short way in: score an input under the shipped rubric it names.
 *
 * <pre>{@code
 * ScoreCard card = Ita.score(Files.readString(Path.of("examples/dept-industrial-works-2566.json")));
 * card.total();    // 98.90
 * card.rating();   // Optional[EXCELLENT ดีเยี่ยม (Excellent)]
 *
 * Rubric fy2569 = Rubrics.load(Path.of("ITA-2569.json"));        // a year we do not ship, from your own file
 * ScoreCard mine = Ita.score(Files.readString(Path.of("agency-2569.json")), fy2569);
 * }</pre>
 */
public final class Ita {
  private Ita() {}

  /**
   * @param input an input naming a shipped rubric
   * @return its score card
   * @throws InvalidInputException listing every problem with its path; an unknown rubric at {@code $.rubric}
   */
  public static ScoreCard score(AssessmentInput input) {
    return ScoringEngine.of(Rubrics.forInput(input)).score(input);
  }

  /**
   * @param json an input document (see the README's input format)
   * @return its score card
   * @throws InvalidInputException listing every problem with its JSON path (an unknown rubric at
   *     {@code $.rubric})
   */
  public static ScoreCard score(String json) {
    return score(readInput(json));
  }

  /**
   * Reads an input document, resolving yes/no answers through the shipped rubric it names.
   *
   * @param json an input document
   * @return the input
   * @throws InvalidInputException listing every problem with its JSON path
   */
  public static AssessmentInput readInput(String json) {
    java.util.List<String> unknown = new java.util.ArrayList<>();
    try {
      return ItaJson.readInput(new java.io.StringReader(json), id -> {
        var found = Rubrics.find(id);
        if (found.isEmpty()) {
          unknown.add(id);
        }
        return found;
      });
    } catch (InvalidInputException e) {
      if (unknown.isEmpty()) {
        throw e;
      }
      // without its rubric nothing else can be checked: say only that, and how to load one
      throw new InvalidInputException(java.util.List.of(new io.github.itasdk.core.Problem("$.rubric",
          Rubrics.noRubric(unknown.get(0)))));
    }
  }

  /**
   * Scores an input under a rubric you give, e.g. one read by {@link Rubrics#load(java.nio.file.Path)}.
   *
   * @param json an input document naming that rubric's id
   * @param rubric the rubric
   * @return its score card
   * @throws InvalidInputException listing every problem with its JSON path
   */
  public static ScoreCard score(String json, Rubric rubric) {
    return ScoringEngine.of(rubric).score(readInput(json, rubric));
  }

  /**
   * Reads an input document, resolving yes/no answers through the rubric you give (an input naming
   * another rubric is refused at {@code $.rubric} when it is scored).
   *
   * @param json an input document naming that rubric's id
   * @param rubric the rubric, e.g. one read by {@link Rubrics#load(java.nio.file.Path)}
   * @return the input
   * @throws InvalidInputException listing every problem with its JSON path
   */
  public static AssessmentInput readInput(String json, Rubric rubric) {
    return ItaJson.readInput(new java.io.StringReader(json), id -> java.util.Optional.of(rubric));
  }

  /** The example inputs bundled in this jar (the repository's {@code examples/} of the shipped years). */
  public static final java.util.List<String> EXAMPLES = java.util.List.of("thakub-sao-2566", "dept-industrial-works-2566",
      "made-up-municipality-2564", "made-up-municipality-2566", "made-up-sao-2568");

  /**
   * A bundled example input, so that code in your own project can try the SDK without the repository:
   * {@code Ita.example("made-up-municipality-2564")} has raw answers (for the bootstrap), the FY2566
   * agencies are transcribed from their published reports.
   *
   * @param name one of {@link #EXAMPLES}
   * @return the input
   * @throws io.github.itasdk.core.ItaException naming the bundled examples when there is no such example
   */
  public static AssessmentInput example(String name) {
    if (!EXAMPLES.contains(name)) {
      throw new io.github.itasdk.core.ItaException("No bundled example [" + name + "]; bundled: " + String.join(", ", EXAMPLES));
    }
    try (java.io.InputStream in = Ita.class.getResourceAsStream("examples/" + name + ".json")) {
      if (in == null) {
        throw new io.github.itasdk.core.ItaException("Example [" + name + "] is missing from the ita-rubrics jar");
      }
      return readInput(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * @param fiscalYear B.E. or C.E.
   * @return the shipped rubric of that year
   */
  public static Rubric rubric(int fiscalYear) {
    return Rubrics.forFiscalYear(fiscalYear);
  }
}
