package io.github.itasdk.bench.jmh;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.itasdk.bench.Aggregation;
import io.github.itasdk.core.batch.BatchOptions;
import io.github.itasdk.core.batch.BatchScorer;
import io.github.itasdk.core.rubric.Rubric;
import io.github.itasdk.core.rubric.ToolKind;
import io.github.itasdk.rubrics.Rubrics;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parsing and aggregation, one thread, on the generated national data at {@code scale} (0.05: 415
 * agencies, 125,000 respondents, about 11 MB). Divide bytes by the time for MB/s.
 *
 * <ul>
 *   <li>{@code sdkParseAndCount}: the SDK's hand-written parser and counting, all rows under one agency
 *       (so the per-agency finishing step is negligible); strict UTF-8, duplicate check on.
 *   <li>{@code jacksonCsvTokens}: Jackson's CSV module streaming the same bytes, reading each cell's
 *       characters without making a String and summing the first character: no counting, no checks.
 *   <li>{@code byteScanFloor}: one pass over the bytes counting commas.
 *   <li>{@code countFromColumns} / {@code plainSumOfColumns}: aggregation alone, answers already parsed
 *       into one byte per answer.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ParseBench {
  @Param({"0.05"})
  public double scale;

  @Param({"2566"})
  public int year;

  private Rubric rubric;
  private byte[] oneAgency;
  private Map<ToolKind, Aggregation.ToolColumns> columns;
  private int agencies;
  private CsvMapper csv;

  @Setup
  public void setup() throws IOException {
    rubric = Rubrics.forFiscalYear(year);
    Data d = new Data(rubric, scale);
    oneAgency = d.oneAgency();
    columns = Aggregation.load(rubric, new ByteArrayInputStream(d.responses));
    agencies = (int) Math.round(8300 * scale);
    csv = new CsvMapper();
    System.out.println("\nbytes " + oneAgency.length);
  }

  @Benchmark
  public long sdkParseAndCount() {
    return BatchScorer.of(rubric).score(new ByteArrayInputStream(oneAgency), null, c -> { },
        BatchOptions.builder().threads(1).skipUnscorable(true).build()).answers();
  }

  @Benchmark
  public long jacksonCsvTokens() throws IOException {
    long sum = 0;
    try (CsvParser p = csv.getFactory().createParser(oneAgency)) {
      p.enable(CsvParser.Feature.WRAP_AS_ARRAY);
      p.setSchema(CsvSchema.emptySchema());
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.VALUE_STRING) {
          int len = p.getTextLength();
          if (len > 0) {
            sum += p.getTextCharacters()[p.getTextOffset()];
          }
        }
      }
    }
    return sum;
  }

  @Benchmark
  public long byteScanFloor() {
    long n = 0;
    byte[] b = oneAgency;
    for (byte x : b) {
      if (x == ',') {
        n++;
      }
    }
    return n;
  }

  @Benchmark
  public int countFromColumns() {
    return Aggregation.count(columns.get(ToolKind.IIT), agencies)[1] + Aggregation.count(columns.get(ToolKind.EIT), agencies)[1];
  }

  @Benchmark
  public int countEachAnswerFromColumns() {
    return Aggregation.countEachAnswer(columns.get(ToolKind.IIT), agencies)[1]
        + Aggregation.countEachAnswer(columns.get(ToolKind.EIT), agencies)[1];
  }

  @Benchmark
  public long plainSumOfColumns() {
    return Aggregation.sum(columns.get(ToolKind.IIT)) + Aggregation.sum(columns.get(ToolKind.EIT));
  }
}
