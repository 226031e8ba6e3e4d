package io.github.itasdk.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Markdown stays readable raw: escapes only where Markdown would otherwise read markup. */
class MarkdownTextTest {
  @Test
  void plainTextStaysPlain() {
    assertThat(Text.md("Q&A")).isEqualTo("Q&A");
    assertThat(Text.md("คะแนน < 85 และ > 70")).isEqualTo("คะแนน < 85 และ > 70");
    assertThat(Text.md("[หมายเหตุ] ข้อ 1")).isEqualTo("[หมายเหตุ] ข้อ 1");
    assertThat(Text.md("R&D; 5 & 6")).isEqualTo("R&D; 5 & 6".replace("&D;", "&amp;D;"));
  }

  @Test
  void whatMarkdownWouldReadAsMarkupIsEscaped() {
    assertThat(Text.md("&copy; &#169;")).isEqualTo("&amp;copy; &amp;#169;");
    assertThat(Text.md("<b>x</b> <!-- c -->")).isEqualTo("&lt;b>x&lt;/b> &lt;!-- c -->");
    assertThat(Text.md("[a](http://x) [b][c]")).isEqualTo("[a\\](http://x) [b\\][c]");
    assertThat(Text.md("*a* _b_ `c` ~d~ | \\")).isEqualTo("\\*a\\* \\_b\\_ \\`c\\` \\~d\\~ \\| \\\\");
    assertThat(Text.md("line\nbreak")).isEqualTo("line break");
  }
}
