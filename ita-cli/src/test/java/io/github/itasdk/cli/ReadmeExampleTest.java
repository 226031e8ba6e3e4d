package io.github.itasdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.itasdk.core.card.FigureLevel;
import io.github.itasdk.core.card.ScoreCard;
import io.github.itasdk.core.input.AssessmentInput;
import io.github.itasdk.core.input.PublishedFigure;
import io.github.itasdk.core.policy.Rating;
import io.github.itasdk.rubrics.Ita;
import io.github.itasdk.rubrics.Rubrics;
import java.io.IOException;
import java.math.BigDecimal;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's Java example, complete, with the values its comments claim; and the README's claims about it. */
class ReadmeExampleTest {
  static final String[] THA_KUB = {"99.45", "100.00", "100.00", "100.00", "100.00", "89.84", "88.80", "83.18", "100.00", "100.00"};

  /** The first Java block of the README, as a user pastes it. */
  static String firstJavaBlock() throws IOException {
    String readme = Files.readString(Path.of("../README.md"));
    int start = readme.indexOf("```java\n", readme.indexOf("\n## Java\n")) + "```java\n".length();
    return readme.substring(start, readme.indexOf("```", start));
  }

  /**
   * A consumer's strict build: the README's first block compiles with {@code -Xlint:all -Werror} against the
   * SDK's classes and Jackson, without Immutables (a compile-time tool, not a dependency), then runs and
   * prints exactly what its {@code // comments} say.
   */
  @Test
  void theFirstJavaBlockCompilesStrictlyRunsAsPastedAndPrintsWhatItsCommentsSay(@TempDir Path dir) throws Exception {
    String code = firstJavaBlock();
    Matcher m = Pattern.compile("public class (\\w+)").matcher(code);
    assertThat(m.find()).as("the block is a complete class").isTrue();
    Path source = dir.resolve(m.group(1) + ".java");
    Files.writeString(source, code);
    String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(e -> !e.contains("immutables")).collect(Collectors.joining(File.pathSeparator));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int rc = javac.run(null, diagnostics, diagnostics, "-Xlint:all", "-Werror", "-encoding", "UTF-8", "--release", "17",
        "-cp", classPath, "-d", dir.toString(), source.toString());
    assertThat(diagnostics.toString(StandardCharsets.UTF_8)).as("javac output").isEmpty();
    assertThat(rc).isZero();

    List<String> expected = new ArrayList<>();
    Matcher println = Pattern.compile("System\\.out\\.println\\(.*;\\s*// (.+)").matcher(code);
    while (println.find()) {
      expected.add(println.group(1).strip());
    }
    assertThat(expected).hasSize(3);
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream saved = System.out;
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      loader.loadClass(m.group(1)).getMethod("main", String[].class).invoke(null, (Object) new String[0]);
    } finally {
      System.setOut(saved);
    }
    assertThat(printed.toString(StandardCharsets.UTF_8).lines().toList()).isEqualTo(expected);
  }

  @Test
  void theJavaExampleGivesWhatItsCommentsSay() {
    AssessmentInput.Builder b = AssessmentInput.builder().rubric("ITA-2566");
    for (int i = 0; i < THA_KUB.length; i++) {
      b.addPublished(PublishedFigure.of(FigureLevel.INDICATOR, Integer.toString(i + 1), new BigDecimal(THA_KUB[i])));
    }
    AssessmentInput in = b.publishedRating("ผ่าน").build();
    ScoreCard card = Ita.score(in);
    assertThat(card.total()).isEqualByComparingTo("96.15");
    assertThat(card.rating().map(Rating::toString)).hasValue("PASS ผ่าน (Pass)");
    assertThat(card.ratedUnder(Rubrics.forFiscalYear(2564).ratingPolicy()).rating().map(Rating::toString)).hasValue("AA AA");
  }

  @Test
  void theBootstrapExampleGivesWhatItsCommentsSay() throws IOException {
    var input = Ita.example("made-up-municipality-2564");
    assertThat(input).isEqualTo(Ita.readInput(Files.readString(Path.of("../examples/made-up-municipality-2564.json"))));
    for (String name : Ita.EXAMPLES) {
      assertThat(Ita.example(name)).isEqualTo(Ita.readInput(Files.readString(Path.of("../examples/" + name + ".json"))));
    }
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Ita.example("none"))
        .hasMessage("No bundled example [none]; bundled: " + String.join(", ", Ita.EXAMPLES));
    var rubric = Rubrics.forId(input.rubric());
    var u = io.github.itasdk.core.uncertainty.Bootstrap.of(rubric).run(input,
        io.github.itasdk.core.uncertainty.BootstrapOptions.builder().resamples(5000).seed(7).build());
    assertThat(u.total().map(Object::toString)).hasValue("total 83.85 [82.97, 84.72] se 0.4456");
    assertThat(u.probabilityMeetsTarget()).hasValue(0.0042);
    assertThat(Files.readString(Path.of("../README.md")))
        .contains("u.total();                    // Optional[total 83.85 [82.97, 84.72] se 0.4456]",
            "AssessmentInput input = Ita.example(\"made-up-municipality-2564\");");
  }

  @Test
  void theReadmeShowsTheSameCodeAndTheCommandsCiRuns() throws IOException {
    String readme = Files.readString(Path.of("../README.md"));
    assertThat(readme).contains("$2 ==> Optional[83.18]");
    String ci = Files.readString(Path.of("../.ci/run"));
    assertThat(ci).contains("mvn -B -ntp verify");
    assertThat(readme).contains("mvn -B -ntp verify");
  }
}
