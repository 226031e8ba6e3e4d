package io.github.itasdk.rubrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.itasdk.core.InvalidInputException;
import io.github.itasdk.core.batch.AnswerCounts;
import io.github.itasdk.core.batch.BatchOptions;
import io.github.itasdk.core.batch.BatchScorer;
import io.github.itasdk.core.batch.BatchSummary;
import io.github.itasdk.core.card.ScoreCard;
import io.github.itasdk.core.engine.ScoringEngine;
import io.github.itasdk.core.input.AssessmentInput;
import io.github.itasdk.core.input.OitAssessment;
import io.github.itasdk.core.rubric.Group;
import io.github.itasdk.core.rubric.Question;
import io.github.itasdk.core.rubric.Rubric;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/** The batch scorer gives, agency by agency, the single-agency engine's cards, whatever the row order and threads. */
class BatchScorerTest {

  @Provide
  Arbitrary<Rubric> rubrics() {
    return Arbitraries.of(Rubrics.all());
  }

  private static Map<String, ScoreCard> batch(Cohort c, long shuffle, int threads, int block, boolean skip,
      BatchSummary[] summary) {
    Map<String, ScoreCard> cards = new LinkedHashMap<>();
    BatchOptions o = BatchOptions.builder().threads(threads).blockSize(block).skipUnscorable(skip).build();
    summary[0] = BatchScorer.of(c.rubric).score(new ByteArrayInputStream(c.responsesCsv(shuffle)),
        new ByteArrayInputStream(c.oitCsv(shuffle + 1)), card -> cards.put(card.agency().orElseThrow(), card), o);
    return cards;
  }

  @Property(tries = 60)
  void everyCardEqualsTheSingleAgencyEnginesCard(@ForAll("rubrics") Rubric rubric, @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 6) int agencies, @ForAll @IntRange(min = 1, max = 3) int threads,
      @ForAll @IntRange(min = 64, max = 4096) int block, @ForAll long shuffle) {
    Cohort c = new Cohort(rubric, seed, agencies, true);
    BatchSummary[] s = new BatchSummary[1];
    Map<String, ScoreCard> cards = batch(c, shuffle, threads, block, true, s);
    ScoringEngine engine = ScoringEngine.of(rubric);
    int scorable = 0;
    for (Map.Entry<String, AssessmentInput> e : c.inputs.entrySet()) {
      ScoreCard expected;
      try {
        expected = engine.score(e.getValue());
      } catch (InvalidInputException ex) {
        if (c.present.contains(e.getKey())) {
          assertThat(s[0].unscored()).containsKey(e.getKey());
        }
        assertThat(cards).doesNotContainKey(e.getKey());
        continue;
      }
      scorable++;
      assertThat(cards.get(e.getKey())).isEqualTo(expected);
    }
    assertThat(s[0].cards()).isEqualTo(scorable);
    assertThat(s[0].rows()).isEqualTo(c.responseRows.size());
    assertThat(s[0].oitRows()).isEqualTo(c.oitRows.size());
    Statistics.label("agencies scored").collect(scorable == agencies ? "all" : scorable == 0 ? "none" : "some");
    Statistics.label("rubric").collect(rubric.id());
  }

  @Property(tries = 30)
  void rowOrderAndThreadCountChangeNothing(@ForAll("rubrics") Rubric rubric, @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 8) int agencies, @ForAll long shuffle1, @ForAll long shuffle2,
      @ForAll @IntRange(min = 2, max = 4) int threads, @ForAll @IntRange(min = 64, max = 2048) int block) {
    Cohort c = new Cohort(rubric, seed, agencies, false);
    BatchSummary[] s1 = new BatchSummary[1];
    BatchSummary[] s2 = new BatchSummary[1];
    List<ScoreCard> one = new ArrayList<>(batch(c, shuffle1, 1, 1 << 20, false, s1).values());
    List<ScoreCard> many = new ArrayList<>(batch(c, shuffle2, threads, block, false, s2).values());
    assertThat(many).isEqualTo(one);
    assertThat(s2[0]).isEqualTo(s1[0]);
  }

  /**
   * Rows in agency order, as exports come: each reader keeps an agency's counters outside the heap once it
   * moves on to the next agency (small blocks start a buffer for nearly every agency, and split agencies
   * between readers); the cards, the summary and every answer count are those of the rows shuffled and read
   * on one thread (where agencies come back and keep their counters on the heap).
   */
  @Property(tries = 30)
  void rowsInAgencyOrderGiveTheCardsAndCountsOfTheRowsShuffled(@ForAll("rubrics") Rubric rubric, @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 30) int agencies, @ForAll @IntRange(min = 1, max = 4) int threads,
      @ForAll @IntRange(min = 64, max = 16384) int block, @ForAll long shuffle) {
    Cohort c = new Cohort(rubric, seed, agencies, false);
    List<String> countsInOrder = new ArrayList<>();
    List<String> countsShuffled = new ArrayList<>();
    List<ScoreCard> inOrder = new ArrayList<>();
    List<ScoreCard> shuffled = new ArrayList<>();
    BatchSummary s1 = BatchScorer.of(rubric).score(new ByteArrayInputStream(c.responsesCsvInAgencyOrder()),
        new ByteArrayInputStream(c.oitCsv(shuffle)), inOrder::add, BatchOptions.builder().threads(threads)
            .blockSize(block).onCounts(a -> countsInOrder.add(everyCount(rubric, a))).build());
    BatchSummary s2 = BatchScorer.of(rubric).score(new ByteArrayInputStream(c.responsesCsv(shuffle)),
        new ByteArrayInputStream(c.oitCsv(shuffle + 1)), shuffled::add, BatchOptions.builder().threads(1)
            .onCounts(a -> countsShuffled.add(everyCount(rubric, a))).build());
    assertThat(inOrder).hasSize(agencies).isEqualTo(shuffled);
    assertThat(s1).isEqualTo(s2);
    assertThat(countsInOrder).isEqualTo(countsShuffled);
    Statistics.label("threads").collect(threads);
  }

  /** @return every count of {@code a}, column by column and level by level, as text */
  private static String everyCount(Rubric rubric, AnswerCounts a) {
    StringBuilder sb = new StringBuilder(a.toString());
    for (var indicator : rubric.tool(a.survey().tool()).indicators()) {
      for (Question q : indicator.questions()) {
        int subItems = q.subItems().size();
        for (int k = 1; k <= subItems; k++) {
          String column = subItems == 1 ? q.id() : q.id() + "." + k;
          for (int level = 1; level <= rubric.scaleOf(q).size(); level++) {
            sb.append(' ').append(a.count(column, level));
          }
        }
      }
    }
    return sb.toString();
  }

  @Property(tries = 20)
  void aRunWithAnUnscorableAgencyFailsBeforeDeliveringAnyCard(@ForAll long seed,
      @ForAll @IntRange(min = 2, max = 6) int agencies) {
    Rubric rubric = Rubrics.forFiscalYear(2566);
    Cohort c = new Cohort(rubric, seed, agencies, true);
    boolean allScorable = c.inputs.entrySet().stream().filter(e -> c.present.contains(e.getKey()))
        .allMatch(e -> ScoringEngine.of(rubric).check(e.getValue()).isEmpty());
    List<ScoreCard> delivered = new ArrayList<>();
    Runnable run = () -> BatchScorer.of(rubric).score(new ByteArrayInputStream(c.responsesCsv(seed)),
        new ByteArrayInputStream(c.oitCsv(seed)), delivered::add, BatchOptions.builder().threads(2).build());
    if (allScorable) {
      run.run();
      assertThat(delivered).hasSize(c.present.size());
    } else {
      assertThatThrownBy(run::run).isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("agency [");
      assertThat(delivered).isEmpty();
    }
  }

  /**
   * The OIT reader resolves each value to its assessment as it reads, caching a score text's assessment per
   * item: one text on many items and agencies (and the same number at another scale, and excluded items)
   * must still give every item its own assessment, as the engine's input states it.
   */
  @Example
  void oneScoreTextOnManyItemsAndAgenciesGivesEachItemItsOwnAssessment() {
    Rubric rubric = Rubrics.forFiscalYear(2566);
    Cohort c = new Cohort(rubric, 11, 3, false);
    StringBuilder oit = new StringBuilder("agency,item,value\n");
    Map<String, AssessmentInput> inputs = new LinkedHashMap<>();
    int excluded = 0;
    for (Map.Entry<String, AssessmentInput> e : c.inputs.entrySet()) {
      List<OitAssessment> items = new ArrayList<>();
      int k = 0;
      for (Group g : rubric.groups()) {
        for (Question q : g.items()) {
          String v = List.of("75", "75.0", "yes", "75", "no").get(k++ % 5);
          OitAssessment a = v.equals("yes") || v.equals("no") ? OitAssessment.answered(q.id(), v.equals("yes"))
              : OitAssessment.scored(q.id(), new BigDecimal(v));
          if (k % 7 == 0 && q != g.items().get(0) && rubric.mayExclude(q.id())) {
            v = "excluded:order " + k;
            a = OitAssessment.excluded(q.id(), "order " + k);
            excluded++;
          }
          items.add(a);
          oit.append(Cohort.quote(e.getKey())).append(',').append(q.id()).append(',').append(v).append('\n');
        }
      }
      inputs.put(e.getKey(), AssessmentInput.builder().from(e.getValue()).oit(items).build());
    }
    assertThat(excluded).isPositive();
    for (int threads = 1; threads <= 2; threads++) {
      Map<String, ScoreCard> cards = new LinkedHashMap<>();
      BatchScorer.of(rubric).score(new ByteArrayInputStream(c.responsesCsv(3)),
          new ByteArrayInputStream(oit.toString().getBytes(StandardCharsets.UTF_8)),
          card -> cards.put(card.agency().orElseThrow(), card), BatchOptions.builder().threads(threads).build());
      assertThat(cards).hasSize(inputs.size());
      for (Map.Entry<String, AssessmentInput> e : inputs.entrySet()) {
        assertThat(cards.get(e.getKey())).isEqualTo(ScoringEngine.of(rubric).score(e.getValue()));
      }
    }
  }

  @Example
  void answerCountsAddUpToTheRespondentsOfEachSurvey() {
    Cohort c = new Cohort(Rubrics.forFiscalYear(2564), 7, 3, false);
    List<AnswerCounts> counts = new ArrayList<>();
    BatchScorer.of(c.rubric).score(new ByteArrayInputStream(c.responsesCsv(1)), new ByteArrayInputStream(c.oitCsv(2)),
        card -> { }, BatchOptions.builder().onCounts(counts::add).build());
    assertThat(counts).isNotEmpty();
    for (AnswerCounts a : counts) {
      long sum = 0;
      for (int level = 1; level <= 4; level++) {
        sum += a.count(a.survey().tool().name().equals("IIT") ? "i1.2" : "e1.1", level);
      }
      assertThat(sum).isEqualTo(a.respondents());
    }
  }

  @Example
  void theExampleFilesScoreThreeAgencies() throws IOException {
    Path dir = Path.of("..", "examples");
    List<ScoreCard> cards = new ArrayList<>();
    BatchSummary s;
    try (InputStream r = Files.newInputStream(dir.resolve("batch-responses-2566.csv"));
        InputStream o = Files.newInputStream(dir.resolve("batch-oit-2566.csv"))) {
      s = BatchScorer.of(Rubrics.forFiscalYear(2566)).score(r, o, cards::add);
    }
    assertThat(s.agencies()).isEqualTo(3);
    assertThat(cards).hasSize(3);
    assertThat(cards).allSatisfy(card -> assertThat(card.total()).isBetween(
        java.math.BigDecimal.ZERO, java.math.BigDecimal.valueOf(100)));
  }
}
