package io.github.itasdk.core.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;

/** {@link CsvLine}: RFC 4180 cells written by a reference encoder come back exactly; malformed lines are named. */
class CsvLineTest {

  /** Cells with the characters that matter (comma, quote, Thai, emoji) and without a line break (CR or LF: refused in a cell). */
  @Provide
  Arbitrary<String> cells() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars(",\" ab1ก๙").ofMaxLength(6),
        Arbitraries.strings().withCharRange('\u0000', '\uD7FF').excludeChars('\n', '\r').ofMaxLength(8),
        Arbitraries.strings().withCharRange('\u0E00', '\u0E7F').ofMaxLength(5),
        Arbitraries.of("😀", "", "\"\"", "a b"));
  }

  /** The reference encoder: quote a cell when it needs it (or always), doubling its quotes. */
  static String encode(String cell, boolean alwaysQuote) {
    boolean needs = cell.contains(",") || cell.contains("\"") || cell.contains("\r") || cell.isEmpty() && alwaysQuote;
    return needs || alwaysQuote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
  }

  static List<String> split(CsvLine line, byte[] b, int from, int limit) {
    int end = line.split(b, from, limit);
    assertThat(b[end]).isEqualTo((byte) '\n');
    assertThat(line.error).isNull();
    List<String> out = new ArrayList<>();
    for (int c = 0; c < line.count; c++) {
      out.add(line.text(b, c));
    }
    return out;
  }

  @Property(tries = 400)
  void cellsComeBackExactly(@ForAll @Size(min = 1, max = 12) List<@From("cells") String> cells,
      @ForAll boolean alwaysQuote, @ForAll boolean crlf, @ForAll @IntRange(max = 5) int padding) {
    List<String> encoded = cells.stream().map(c -> encode(c, alwaysQuote)).toList();
    // an unquoted last cell ending in CR would lose it to the CRLF rule: the encoder quotes CRs, so it cannot
    String text = "x".repeat(padding) + String.join(",", encoded) + (crlf ? "\r\n" : "\n") + "next,line\n";
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    int from = padding;
    Statistics.label("quoted").collect(encoded.stream().anyMatch(e -> e.startsWith("\"")));
    assertThat(split(new CsvLine(cells.size() + 2), b, from, b.length)).containsExactlyElementsOf(cells);
  }

  @Property(tries = 200)
  void aBareQuoteInAnUnquotedCellIsReportedAtItsCell(@ForAll @Size(min = 1, max = 8) List<@IntRange(max = 999) Integer> values,
      @ForAll @IntRange(max = 7) int at) {
    int cell = at % values.size();
    List<String> cells = new ArrayList<>(values.stream().map(String::valueOf).toList());
    cells.set(cell, cells.get(cell) + "\"x");
    byte[] b = (String.join(",", cells) + "\n").getBytes(StandardCharsets.US_ASCII);
    CsvLine line = new CsvLine(16);
    int end = line.split(b, 0, b.length);
    assertThat(end).isEqualTo(b.length - 1);
    assertThat(line.error).isEqualTo("a quote inside an unquoted cell (quote the whole cell and double the quote)");
    assertThat(line.errorCell).isEqualTo(cell + 1);
  }

  @Example
  void malformedQuotingIsNamedWithItsCell() {
    CsvLine line = new CsvLine(8);
    byte[] unterminated = "a,\"b\n".getBytes(StandardCharsets.US_ASCII);
    assertThat(line.split(unterminated, 0, unterminated.length)).isEqualTo(4);
    assertThat(line.error).isEqualTo("unterminated quoted cell (a cell may not contain a line break)");
    assertThat(line.errorCell).isEqualTo(2);
    byte[] after = "a,\"b\"c,d\n".getBytes(StandardCharsets.US_ASCII);
    assertThat(line.split(after, 0, after.length)).isEqualTo(8);
    assertThat(line.error).isEqualTo("text after the closing quote of a quoted cell");
    assertThat(line.errorCell).isEqualTo(2);
  }

  @Example
  void aLineWithMoreCellsThanTheCapacityIsCutThere() {
    byte[] b = "1,2,3,4,5\n".getBytes(StandardCharsets.US_ASCII);
    CsvLine line = new CsvLine(3);
    assertThat(line.split(b, 0, b.length)).isEqualTo(9);
    assertThat(line.count).isEqualTo(3);
    assertThat(line.error).isNull();
  }

  @Example
  void bytesThatAreNotUtf8DecodeToNullAndShowAsHex() {
    byte[] b = {'o', 'k', ',', (byte) 0xC3, (byte) 0x28, '\n'};
    CsvLine line = new CsvLine(4);
    line.split(b, 0, b.length);
    assertThat(line.text(b, 0)).isEqualTo("ok");
    assertThat(line.text(b, 1)).isNull();
    assertThat(CsvLine.hex(b, line.starts[1], line.ends[1])).isEqualTo("C3 28");
    assertThat(CsvLine.hex(new byte[13], 0, 13)).isEqualTo("00 00 00 00 00 00 00 00 00 00 00 00 …");
  }

  @Example
  void emptyCellsAndAsciiComparison() {
    byte[] b = ",yes,\r\n".getBytes(StandardCharsets.US_ASCII);
    CsvLine line = new CsvLine(4);
    line.split(b, 0, b.length);
    assertThat(line.count).isEqualTo(3);
    assertThat(line.isEmpty(0)).isTrue();
    assertThat(line.equalsAscii(b, 1, "yes".getBytes(StandardCharsets.US_ASCII))).isTrue();
    assertThat(line.equalsAscii(b, 1, "no".getBytes(StandardCharsets.US_ASCII))).isFalse();
    assertThat(line.isEmpty(2)).isTrue();
  }
}
