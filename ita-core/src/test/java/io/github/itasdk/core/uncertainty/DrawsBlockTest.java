package io.github.itasdk.core.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * A block of resamples drawn at once ({@link Draws#draw(Draws.Packed, long[], int, int, long[][], int, int[])})
 * gives every resample the sums that one draw of it gives, and those are the sums of the respondents the
 * definition ({@link Draws#indices}) lists, whichever kind the survey takes.
 */
class DrawsBlockTest {

  /** Blocks of one, two and three (odd and even), the full block of 256 and one short of it. */
  private static final int[] BLOCKS = {1, 2, 3, 255, 256};

  @Test
  void everyTableSurveyDrawsItsBlockAsOneResampleAtATime() {
    // every survey that takes an 11-bit table (up to 255 respondents), counted, grouped or guarded, including
    // those whose chunks are never rejected (n dividing 2,048, so no table entry is 0)
    for (int n = 1; n <= 255; n++) {
      for (int size = 0; size <= 2; size++) {
        blockMatchesOneByOne(n, 1, size, 1 + n % 3, n * 41L + size);
      }
    }
  }

  @Test
  void theCountedAndGroupedTablesDrawFullBlocks() {
    int[] sizes = {1, 2, 3, 4, 5, 6, 15, 16, 17, 64, 90, 110, 127, 128, 129, 200, 254, 255};
    for (int n : sizes) {
      for (int block : BLOCKS) {
        blockMatchesOneByOne(n, 1, 0, block, n * 43L + block);
        blockMatchesOneByOne(n, 1, 1, block, n * 47L + block);
      }
    }
  }

  @Property(tries = 150)
  void anySurveyDrawsItsBlockAsOneResampleAtATime(@ForAll @IntRange(min = 1, max = 4095) int n,
      @ForAll @IntRange(min = 1, max = 3) int words, @ForAll @IntRange(min = 0, max = 2) int size,
      @ForAll @IntRange(min = 0, max = 4) int block, @ForAll long seed) {
    blockMatchesOneByOne(n, words, size, BLOCKS[block], seed);
  }

  /** The kind a survey of n in that many words of that size takes (as the kernel tests state it). */
  private static int expectedKind(int n, int words, int size) {
    if (words == 1 && n <= 255) {
      return size == 0 ? Draws.Packed.TABLE_COUNTED
          : size == 1 && n >= 16 ? Draws.Packed.TABLE_GROUPED : Draws.Packed.TABLE;
    }
    if (words == 1 && n <= 511 && size == 0) {
      return Draws.Packed.TABLE12_COUNTED;
    }
    if (words <= 2 && n <= 4095) {
      return words == 1 ? (size == 0 ? Draws.Packed.ONE_COUNTED : Draws.Packed.ONE)
          : size == 0 ? Draws.Packed.TWO_COUNTED : Draws.Packed.TWO;
    }
    return Draws.Packed.GENERAL;
  }

  /**
   * The block's sums against one draw per resample and against the definition's respondents, and nothing
   * written outside the block's places.
   *
   * @param size 0: words whose n add up below the counter lane, the largest right at that bound; 1: the
   *     largest one above it; 2: any longs, one of them negative
   */
  private static void blockMatchesOneByOne(int n, int words, int size, int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    long[][] packed = new long[words][n];
    int lane = 64 - (32 - Integer.numberOfLeadingZeros(n));
    long bound = ((1L << lane) - 1) / n;
    for (long[] w : packed) {
      for (int r = 0; r < n; r++) {
        w[r] = size == 2 ? random.nextLong() : random.nextLong(bound) + random.nextInt(2);
      }
      w[random.nextInt(n)] = size < 2 ? bound + size : random.nextLong() | Long.MIN_VALUE;
    }
    Draws.Packed p = new Draws.Packed(packed, n);
    assertThat(p.kind).as("kind, n %d, %d words, size %d", n, words, size).isEqualTo(expectedKind(n, words, size));
    long[] keys = new long[count];
    for (int i = 0; i < count; i++) {
      keys[i] = Draws.start(seed, 1000 + i);
    }
    int survey = random.nextInt(3);
    int at = 1 + random.nextInt(3);
    long[][] block = new long[words][at + count + 1];
    Draws.draw(p, keys, count, survey, block, at, new int[n]);
    int[] drawn = new int[n];
    for (int i = 0; i < count; i++) {
      long[][] one = new long[words][1];
      Draws.draw(p, keys[i], survey, one, 0, new int[n]);
      Draws.indices(p.chunks, new Draws.Stream(keys[i], survey), drawn);
      for (int j = 0; j < words; j++) {
        long expected = 0;
        for (int r : drawn) {
          expected += packed[j][r];
        }
        assertThat(one[j][0]).as("one, n %d, %d words, size %d, resample %d, word %d", n, words, size, i, j)
            .isEqualTo(expected);
        assertThat(block[j][at + i]).as("block of %d, n %d, %d words, size %d, resample %d, word %d", count, n,
            words, size, i, j).isEqualTo(expected);
      }
    }
    for (long[] w : block) {
      assertThat(w[at - 1]).isZero();
      assertThat(w[at + count]).isZero();
    }
  }
}
