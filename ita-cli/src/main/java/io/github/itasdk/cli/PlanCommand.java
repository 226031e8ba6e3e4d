package io.github.itasdk.cli;

import io.github.itasdk.core.card.ScoreCard;
import io.github.itasdk.core.input.AssessmentInput;
import io.github.itasdk.core.json.ItaJson;
import io.github.itasdk.core.rubric.Rubric;
import io.github.itasdk.report.PlanDocument;
import io.github.itasdk.report.PlanDrafts;
import io.github.itasdk.report.PreviousResult;
import io.github.itasdk.report.ReportOptions;
import io.github.itasdk.report.render.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.math.BigDecimal;
import java.util.List;

/**
 * {@code ita plan draft INPUT [-o PLAN.json]}: drafts the agency's plan document from its result, and the
 * report's plan options ({@code --plan}, {@code --previous}, {@code --previous-plan}, {@code --lang}).
 */
final class PlanCommand implements Main.Command {
  /** The report command's options this class handles. */
  static final List<String> REPORT_OPTIONS = List.of("--plan", "--previous", "--previous-plan", "--lang");

  private final Main main;

  PlanCommand(Main main) {
    this.main = main;
  }

  @Override
  public String usage() {
    return """
        plan draft FILE [-o PLAN.json] [--threshold N]   draft the agency's measures from its result
          writes a plan document (JSON, format ita-plan/1) with one measure per indicator below the threshold
          (default: the rubric's target score, 85),
          taken from the standard measures; owners and periods are placeholders and every row is marked as a
          draft: edit it, set "draft": false, then ./ita report FILE --plan PLAN.json
        """;
  }

  @Override
  public int run(Args args) throws IOException {
    args.only("-o", "--threshold");
    List<String> pos = args.positionals();
    if (pos.size() != 2 || !pos.get(0).equals("draft")) {
      throw new Main.UsageException("give: plan draft FILE");
    }
    String thresholdText = args.option("--threshold", null);
    BigDecimal threshold = thresholdText == null ? null : Args.score(thresholdText, "--threshold"); // before reading
    AssessmentInput in = main.readInput(pos.get(1));
    Rubric rubric = main.rubricOf(pos.get(1), in);
    ScoreCard card = Main.scored(pos.get(1), rubric, in);
    PlanDocument draft = threshold == null ? PlanDrafts.draft(card, rubric) : PlanDrafts.draft(card, rubric, threshold);
    main.emit(args, ItaJson.write(draft) + "\n");
    return Main.OK;
  }

  /**
   * Adds the agency's plan and last year's result to the report options.
   *
   * @param args the report command's arguments
   * @param options the options being built
   */
  void applyReportOptions(Args args, ReportOptions.Builder options) throws IOException {
    String plan = args.option("--plan", null);
    if (plan != null) {
      options.plan(readPlan(plan));
    }
    String previous = args.option("--previous", null);
    String previousPlan = args.option("--previous-plan", null);
    if (previousPlan != null && previous == null) {
      throw new Main.UsageException("--previous-plan needs --previous (last year's input)");
    }
    if (previous != null) {
      AssessmentInput in = main.readInput(previous);
      Rubric rubric = main.rubricOf(previous, in);
      PreviousResult.Builder p = PreviousResult.builder().card(Main.scored(previous, rubric, in)).rubric(rubric);
      if (previousPlan != null) {
        p.plan(readPlan(previousPlan));
      }
      options.previous(p.build());
    }
  }

  /**
   * @param args the report command's arguments
   * @return the language of {@code --lang}, Thai by default
   */
  static Language language(Args args) {
    try {
      return Language.of(args.option("--lang", "th"));
    } catch (IllegalArgumentException e) {
      throw new Main.UsageException("--lang: " + e.getMessage());
    }
  }

  /**
   * Reads a plan file under the input contract: a directory is a file error (exit 3), a file larger than a
   * document may be or not UTF-8 is a problem of the plan (exit 1), a byte order mark is skipped.
   */
  private static PlanDocument readPlan(String file) throws IOException {
    Path path = Main.inputFile(file);
    try {
      if (Files.size(path) > 4 * ItaJson.MAX_DOCUMENT_CHARS) {
        throw new io.github.itasdk.core.InvalidInputException(List.of(new io.github.itasdk.core.Problem("$",
            "larger than a document may be (" + ItaJson.MAX_DOCUMENT_CHARS + " characters)")));
      }
      String text;
      try {
        text = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
            .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
            .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(path))).toString();
      } catch (java.nio.charset.CharacterCodingException e) {
        throw new io.github.itasdk.core.InvalidInputException(List.of(new io.github.itasdk.core.Problem("$",
            "not UTF-8 text: save the file as UTF-8 (a file saved as TIS-620 or Windows-874 must be converted)")));
      }
      return PlanDocument.read(text.startsWith("\uFEFF") ? text.substring(1) : text);
    } catch (io.github.itasdk.core.InvalidInputException e) {
      throw new io.github.itasdk.core.InvalidInputException(file + ": invalid plan", e.problems());
    }
  }
}
