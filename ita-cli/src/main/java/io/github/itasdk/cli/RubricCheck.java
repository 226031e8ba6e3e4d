package io.github.itasdk.cli;

import io.github.itasdk.core.InvalidRubricException;
import io.github.itasdk.core.Problem;
import io.github.itasdk.core.rubric.Rubric;
import io.github.itasdk.rubrics.Rubrics;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** {@code ita rubric check FILE...}: validates rubric files as the shipped years are validated. */
final class RubricCheck {
  private RubricCheck() {}

  /**
   * Prints, per file, either that it is valid (with its shape) or every problem with its path.
   *
   * @return {@link Main#OK} when every file is valid, else {@link Main#INVALID}
   * @throws IOException when a file cannot be read
   */
  static int run(List<String> files, PrintStream out, PrintStream err) throws IOException {
    if (files.isEmpty()) {
      throw new Main.UsageException("give the rubric file(s) to check, e.g. rubric check ITA-2569.json");
    }
    int status = Main.OK;
    for (String f : files) {
      try {
        Rubric r = Rubrics.load(Path.of(f));
        out.printf("%s: valid rubric %s (FY%d / %d): %s; %d of %d questions/items provisional%n", f, r.id(),
            r.fiscalYear(), r.fiscalYearCE(), Main.toolsLine(r), r.provisionalQuestions().size(), r.questionsById().size());
      } catch (InvalidRubricException e) {
        List<Problem> problems = e.problems();
        err.printf("%s: not a valid rubric (%d problem%s):%n", f, problems.size(), problems.size() == 1 ? "" : "s");
        problems.forEach(p -> err.printf("  %s: %s%n", p.location(), p.message()));
        status = Main.INVALID;
      }
    }
    return status;
  }
}
