package io.github.itasdk.cli;

import static io.github.itasdk.cli.MainTest.ita;
import static io.github.itasdk.cli.MainTest.itaWithInput;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.itasdk.cli.MainTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** jshell exits 0 after a failing snippet; ita jshell does not. */
class JshellExitTest {
  @Test
  void aScriptThatThrowsExitsNonZero(@TempDir Path dir) throws IOException {
    Path script = dir.resolve("fails.jsh");
    Files.writeString(script, """
        System.out.println("before");
        var card = Ita.score(Files.readString(Path.of("no-such-input.json")));
        /exit
        """);
    Run r = ita("jshell", script.toString());
    assertThat(r.out()).contains("before");
    assertThat(r.err()).contains("Exception java.nio.file.NoSuchFileException: no-such-input.json",
        "ita jshell: a snippet failed (see above); exit status 1");
    assertThat(r.status()).isEqualTo(Main.INVALID);
  }

  @Test
  void aSessionOnStandardInputWithASnippetThatDoesNotCompileExitsNonZero() {
    Run r = itaWithInput("int x = \"text\";\n/exit\n", "jshell");
    assertThat(r.out()).contains("|  Error:");
    assertThat(r.status()).isEqualTo(Main.INVALID);
  }

  @Test
  void jshellsWaysOfReportingAFailureAreRecognised() {
    assertThat(JshellRun.FAILURE.matcher("Exception java.lang.ArithmeticException: / by zero").find()).isTrue();
    assertThat(JshellRun.FAILURE.matcher("Error:").find()).isTrue();
    assertThat(JshellRun.FAILURE.matcher("jshell>  |  Exception java.lang.ArithmeticException: / by zero").find()).isTrue();
    assertThat(JshellRun.FAILURE.matcher("jshell>  \b|  Error:").find()).isTrue();
    assertThat(JshellRun.FAILURE.matcher("Exceptions are listed below").find()).isFalse();
    assertThat(JshellRun.FAILURE.matcher("x ==> Error: none").find()).isFalse();
  }

  @Test
  void aScriptThatSucceedsExitsZero(@TempDir Path dir) throws IOException {
    Path script = dir.resolve("ok.jsh");
    Files.writeString(script, "System.out.println(Ita.rubric(2566).id());\n/exit\n");
    Run r = ita("jshell", script.toString());
    assertThat(r.out()).contains("ITA-2566");
    assertThat(r.err()).isEmpty();
    assertThat(r.status()).isZero();
  }
}
