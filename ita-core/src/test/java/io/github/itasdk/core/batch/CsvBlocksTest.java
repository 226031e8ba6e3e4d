package io.github.itasdk.core.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.itasdk.core.ItaException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;

/**
 * {@link CsvBlocks}: whatever the block size and however the stream hands out its bytes, the blocks and
 * the tail are the input again (less a byte order mark), every block ends a line, and line numbers count.
 */
class CsvBlocksTest {

  /** Bytes rich in line breaks, with bytes that differ from '\n' in one bit or in the high bit. */
  @Provide
  Arbitrary<byte[]> contents() {
    Arbitrary<Byte> b = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, Arbitraries.just((byte) '\n')),
        net.jqwik.api.Tuple.of(2, Arbitraries.of((byte) 0x0B, (byte) 0x08, (byte) 0x8A, (byte) 0x0E, (byte) ',')),
        net.jqwik.api.Tuple.of(6, Arbitraries.bytes()));
    return b.array(byte[].class).ofMaxSize(300);
  }

  /** A stream that returns at most {@code step} bytes per read. */
  static InputStream trickle(byte[] bytes, int step) {
    return new InputStream() {
      int pos;

      @Override
      public int read() {
        return pos < bytes.length ? bytes[pos++] & 0xFF : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (pos == bytes.length) {
          return -1;
        }
        int n = Math.min(Math.min(len, step), bytes.length - pos);
        System.arraycopy(bytes, pos, b, off, n);
        pos += n;
        return n;
      }
    };
  }

  static long breaks(byte[] b, int from, int to) {
    long n = 0;
    for (int i = from; i < to; i++) {
      n += b[i] == '\n' ? 1 : 0;
    }
    return n;
  }

  @Property(tries = 300)
  void blocksAndTailAreTheInputAgain(@ForAll("contents") byte[] content, @ForAll boolean bom,
      @ForAll @IntRange(min = 1, max = 40) int blockSize, @ForAll @IntRange(min = 1, max = 17) int step) {
    byte[] input = bom ? concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, content) : content;
    CsvBlocks blocks = new CsvBlocks(trickle(input, step), "test.csv", blockSize);
    ByteArrayOutputStream seen = new ByteArrayOutputStream();
    int count = 0;
    for (CsvBlocks.Block b = blocks.next(null); b != null; b = blocks.next(null)) {
      assertThat(b.end).isGreaterThan(b.start);
      assertThat(b.buf[b.end - 1]).isEqualTo((byte) '\n');
      byte[] before = seen.toByteArray();
      assertThat(b.firstLine).isEqualTo(1 + breaks(before, 0, before.length));
      seen.write(b.buf, b.start, b.end - b.start);
      count++;
    }
    byte[] tail = blocks.tail();
    assertThat(tail).doesNotContain((byte) '\n');
    seen.writeBytes(tail);
    assertThat(seen.toByteArray()).isEqualTo(content);
    assertThat(blocks.tailLine()).isEqualTo(1 + breaks(content, 0, content.length));
    assertThat(blocks.bytesRead()).isEqualTo(input.length);
    Statistics.label("blocks").collect(count == 0 ? "none" : count == 1 ? "one" : "several");
    Statistics.label("blocks").coverage(c -> c.check("several").percentage(p -> p > 5));
  }

  @Property(tries = 300)
  void deferredLinesResolveToTheNumbersCountedLinesGive(@ForAll("contents") byte[] content,
      @ForAll @IntRange(min = 1, max = 40) int blockSize, @ForAll @IntRange(min = 1, max = 17) int step) {
    CsvBlocks counted = new CsvBlocks(trickle(content, step), "test.csv", blockSize);
    CsvBlocks deferred = CsvBlocks.deferred(trickle(content, step), "test.csv", blockSize);
    List<long[]> names = new java.util.ArrayList<>(); // (name of the block's line i, its number)
    for (CsvBlocks.Block c = counted.next(null), d = deferred.next(null); c != null; c = counted.next(null),
        d = deferred.next(null)) {
      assertThat(d.firstLine).isEqualTo(CsvBlocks.line(d.seq, 0));
      long lines = breaks(d.buf, d.start, d.end);
      deferred.lines().block(d.seq, lines);
      for (long i = 0; i < lines; i++) {
        names.add(new long[] {CsvBlocks.line(d.seq, i), c.firstLine + i});
      }
    }
    for (long[] n : names) {
      assertThat(deferred.lines().resolve(n[0])).isEqualTo(n[1]);
    }
    assertThat(deferred.lines().resolve(deferred.tailLine())).isEqualTo(counted.tailLine());
  }

  @Property(tries = 500)
  void lineBreaksCountsEveryLineBreakInAnyRange(@ForAll("contents") byte[] b, @ForAll @IntRange(max = 300) int x,
      @ForAll @IntRange(max = 300) int y) {
    int from = Math.min(Math.min(x, y), b.length);
    int to = Math.min(Math.max(x, y), b.length);
    assertThat(CsvBlocks.lineBreaks(b, from, to)).isEqualTo(breaks(b, from, to));
  }

  @Example
  void aByteOrderMarkIsSkippedOnlyAtTheStart() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] input = concat(bom, concat("a\n".getBytes(), concat(bom, "b\n".getBytes())));
    CsvBlocks blocks = new CsvBlocks(trickle(input, 100), "t.csv", 64);
    CsvBlocks.Block b = blocks.next(null);
    assertThat(Arrays.copyOfRange(b.buf, b.start, b.end)).isEqualTo(concat("a\n".getBytes(), concat(bom, "b\n".getBytes())));
    assertThat(blocks.next(null)).isNull();
    assertThat(blocks.tail()).isEmpty();
  }

  @Example
  void aFileEndingInsideALineLeavesItAsTheTail() {
    CsvBlocks blocks = new CsvBlocks(trickle("h\nrow 1\nrow 2".getBytes(), 3), "t.csv", 4);
    List<String> lines = new java.util.ArrayList<>();
    for (CsvBlocks.Block b = blocks.next(null); b != null; b = blocks.next(null)) {
      lines.add(new String(b.buf, b.start, b.end - b.start) + "@" + b.firstLine);
    }
    assertThat(String.join("", lines)).startsWith("h\n@1").contains("row 1\n@2");
    assertThat(new String(blocks.tail())).isEqualTo("row 2");
    assertThat(blocks.tailLine()).isEqualTo(3);
  }

  @Example
  void aStreamThatFailsIsAnItaExceptionNamingTheFile() {
    InputStream broken = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("disk gone");
      }
    };
    assertThatThrownBy(() -> new CsvBlocks(broken, "export.csv", 16).next(null)).isInstanceOf(ItaException.class)
        .hasMessage("Could not read [export.csv]: disk gone");
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] c = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }
}
