package io.github.itasdk.cli;

import static io.github.itasdk.cli.MainTest.example;
import static io.github.itasdk.cli.MainTest.ita;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * docs/report-model.md's samples are today's output: every rendered line a sample shows (tables, bullets,
 * headings; "…" marks what it leaves out) appears in what the command prints now.
 */
class DocSamplesTest {
  static String section(String heading) throws IOException {
    String doc = Files.readString(Path.of("../docs/report-model.md"));
    int start = doc.indexOf("\n## Sample: " + heading);
    assertThat(start).as("docs/report-model.md has the sample [%s]", heading).isPositive();
    int end = doc.indexOf("\n## Sample: ", start + 1);   // a sample's own report headings may be "##"
    int rendering = doc.indexOf("\n## Rendering", start + 1);
    end = end < 0 || (rendering > 0 && rendering < end) ? rendering : end;
    return doc.substring(start + 1, end < 0 ? doc.length() : end);
  }

  /** The rendered lines of a sample: Markdown tables, bullets and headings, without elisions. */
  static List<String> renderedLines(String section) {
    return section.lines().skip(1).filter(l -> l.startsWith("|") || l.startsWith("- ") || l.startsWith("#"))
        .filter(l -> !l.contains("…")).map(DocSamplesTest::normalized).toList();
  }

  /** A heading's level may differ (the doc nests the sample under its own headings). */
  static String normalized(String line) {
    return line.startsWith("#") ? line.replaceFirst("^#+ *", "# ").stripTrailing() : line.stripTrailing();
  }

  static void assertShows(String heading, String output) throws IOException {
    Set<String> printed = output.lines().map(DocSamplesTest::normalized).collect(Collectors.toSet());
    List<String> sample = renderedLines(section(heading));
    assertThat(sample).as("sample [%s] shows rendered lines", heading).isNotEmpty();
    assertThat(sample).as("lines of the sample [%s] that today's output does not print", heading)
        .filteredOn(l -> !printed.contains(l)).isEmpty();
  }

  @Test
  void theThaKubSampleIsTodaysReport() throws IOException {
    assertShows("Tha Kub SAO FY2566", ita("report", example("thakub-sao-2566.json"), "--format", "md").out());
  }

  @Test
  void theCohortSampleIsTodaysCohort() throws IOException {
    assertShows("the bundled cohort", ita("cohort", example("cohort-2566.csv"), "--target", "100").out());
  }
}
