package io.github.itasdk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.itasdk.core.batch.BatchOptions;
import io.github.itasdk.core.batch.BatchScorer;
import io.github.itasdk.core.batch.BatchSummary;
import io.github.itasdk.core.card.ScoreCard;
import io.github.itasdk.core.rubric.Rubric;
import io.github.itasdk.rubrics.Rubrics;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Example;

/** The national generator at a tiny scale: deterministic, and every agency it writes can be scored. */
class GeneratorTest {
  static byte[][] generate(Rubric r, long seed) throws IOException {
    ByteArrayOutputStream responses = new ByteArrayOutputStream();
    ByteArrayOutputStream oit = new ByteArrayOutputStream();
    Generator.write(r, 0.001, seed, responses, oit);
    return new byte[][] {responses.toByteArray(), oit.toByteArray()};
  }

  @Example
  void theSameSeedWritesTheSameBytesAndAnotherSeedOtherBytes() throws IOException {
    Rubric r = Rubrics.forFiscalYear(2566);
    byte[][] a = generate(r, 1);
    assertThat(Arrays.equals(generate(r, 1)[0], a[0])).isTrue();
    assertThat(Arrays.equals(generate(r, 1)[1], a[1])).isTrue();
    assertThat(Arrays.equals(generate(r, 2)[0], a[0])).isFalse();
  }

  @Example
  void aTinyNationalFileScoresEveryAgencyForEveryShippedYear() throws IOException {
    for (Rubric r : Rubrics.all()) {
      ByteArrayOutputStream responses = new ByteArrayOutputStream();
      ByteArrayOutputStream oit = new ByteArrayOutputStream();
      Generator.Written w = Generator.write(r, 0.001, 7, responses, oit);
      List<ScoreCard> cards = new ArrayList<>();
      BatchSummary s = BatchScorer.of(r).score(new ByteArrayInputStream(responses.toByteArray()),
          new ByteArrayInputStream(oit.toByteArray()), cards::add, BatchOptions.builder().threads(2).build());
      assertThat(w.agencies()).isEqualTo(8);
      assertThat(cards).hasSize(8);
      assertThat(s.rows()).isEqualTo(w.iitRows() + w.eitRows());
      assertThat(s.answers()).isEqualTo(w.answers());
      assertThat(s.oitRows()).isEqualTo(w.oitRows());
      assertThat(w.iitRows()).isBetween(900L, 1100L);
      assertThat(w.eitRows()).isBetween(1350L, 1650L);
    }
  }
}
