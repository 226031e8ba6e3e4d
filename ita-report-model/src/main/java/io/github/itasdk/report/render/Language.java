package io.github.itasdk.report.render;

import io.github.itasdk.core.Label;
import java.util.Locale;

/**
 * The language a report is written in: Thai only (the default: what an officer posts), English only, or both
 * side by side ({@code ไทย (English)}).
 */
public enum Language {
  /** Thai only. */
  TH,
  /** English only (Thai where no English exists, e.g. the agency's own text). */
  EN,
  /** Thai with English in brackets. */
  TH_EN;

  /**
   * @param code {@code th}, {@code en} or {@code th+en}
   * @return the language
   * @throws IllegalArgumentException for any other code
   */
  public static Language of(String code) {
    return switch (code.strip().toLowerCase(Locale.ROOT)) {
      case "th" -> TH;
      case "en" -> EN;
      case "th+en", "en+th" -> TH_EN;
      default -> throw new IllegalArgumentException("unknown language [" + code + "] (valid: th, en, th+en)");
    };
  }

  /**
   * @param label a bilingual label
   * @return its text in this language
   */
  public String pick(Label label) {
    return switch (this) {
      case TH -> label.preferThai();
      case EN -> label.en() != null ? label.en() : label.th();
      case TH_EN -> label.toString();
    };
  }

  /** @return the code: {@code th}, {@code en} or {@code th+en} */
  public String code() {
    return this == TH_EN ? "th+en" : name().toLowerCase(Locale.ROOT);
  }
}
