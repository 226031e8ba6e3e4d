package io.github.itasdk.report;

import io.github.itasdk.core.card.ScoreCard;
import io.github.itasdk.core.input.AssessmentInput;
import io.github.itasdk.core.json.ItaJson;
import io.github.itasdk.rubrics.Ita;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The bundled examples (../examples/: the two seed agencies' published FY2566 figures, made-up raw answers). */
final class Examples {
  static final Path DIR = Path.of("..", "examples");

  private Examples() {}

  static ScoreCard card(String name) {
    try {
      return Ita.score(Files.readString(DIR.resolve(name + ".json")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static AssessmentInput input(String name) {
    try {
      return ItaJson.readInput(Files.readString(DIR.resolve(name + ".json")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ScoreCard thaKub() {
    return card("thakub-sao-2566");
  }

  static ScoreCard diw() {
    return card("dept-industrial-works-2566");
  }
}
