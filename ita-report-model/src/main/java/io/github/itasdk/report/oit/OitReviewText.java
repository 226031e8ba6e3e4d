package io.github.itasdk.report.oit;

import io.github.itasdk.core.Label;
import io.github.itasdk.core.oit.OitCheck;
import io.github.itasdk.core.oit.OitFinding;
import io.github.itasdk.core.rubric.Question;
import io.github.itasdk.core.rubric.Rubric;
import io.github.itasdk.report.ExtraSection;
import io.github.itasdk.report.plan.Gain;
import io.github.itasdk.report.plan.LevelPlan;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The OIT self-check as plain text for the officer: Thai by default, English on request; headings from the
 * OitReviewText resource bundles, finding texts from the check.
 *
 * <pre>{@code
 * String thai = OitReviewText.render(review, rubric, OitReviewText.Language.THAI);
 * }</pre>
 */
public final class OitReviewText {
  /** The language of the text. */
  public enum Language {
    /** ภาษาไทย (the default for officers). */
    THAI,
    /** English. */
    ENGLISH
  }

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
  private static final String NAME = "io.github.itasdk.report.oit.OitReviewText";

  private final ResourceBundle bundle;
  private final Language language;

  private OitReviewText(Language language) {
    this.language = language;
    this.bundle = ResourceBundle.getBundle(NAME, language == Language.THAI ? Locale.forLanguageTag("th") : Locale.ROOT,
        NO_FALLBACK);
  }

  /**
   * @param review the review
   * @param rubric the rubric it was made under (for item titles)
   * @param language the language
   * @return the text, lines ending in a newline
   */
  public static String render(OitReview review, Rubric rubric, Language language) {
    return new OitReviewText(language).text(review, rubric);
  }

  /**
   * The review as a section of the analysis report (placed where the report puts extra sections): one
   * item per finding, then the OIT score (and total) as answered and if the findings hold.
   *
   * @param review the review
   * @param rubric the rubric it was made under
   * @return the section, id {@code oit-self-check}, Thai and English
   */
  public static ExtraSection section(OitReview review, Rubric rubric) {
    OitReviewText th = new OitReviewText(Language.THAI);
    OitReviewText en = new OitReviewText(Language.ENGLISH);
    ExtraSection.Builder b = ExtraSection.builder().id("oit-self-check")
        .title(new Label(th.t("section.title"), en.t("section.title")));
    OitCheck c = review.check();
    if (c.findings().isEmpty()) {
      b.addItems(new Label(th.t("noFindings"), en.t("noFindings")));
    }
    for (OitFinding f : c.findings()) {
      b.addItems(new Label(th.item(f, rubric), en.item(f, rubric)));
    }
    b.addItems(new Label(th.t("oit", th.score(c.claimedOit()), th.score(c.projectedOit())),
        en.t("oit", en.score(c.claimedOit()), en.score(c.projectedOit()))));
    if (c.claimedTotal().isPresent()) {
      b.addItems(new Label(th.t("total", th.score(c.claimedTotal()), th.score(c.projectedTotal())),
          en.t("total", en.score(c.claimedTotal()), en.score(c.projectedTotal()))));
    }
    return b.build();
  }

  private String item(OitFinding f, Rubric rubric) {
    String id = f.item().orElse("");
    return t("section.item", id.isEmpty() ? t("agency") : id, id.isEmpty() ? "" : title(rubric, id), pick(f.text()),
        f.losesItem() ? t("section.loses") : "").replace("  ", " ");
  }

  private String t(String key, Object... args) {
    return new MessageFormat(bundle.getString(key), Locale.ROOT).format(args);
  }

  private String pick(Label l) {
    return language == Language.THAI ? l.preferThai() : (l.en() == null ? l.th() : l.en());
  }

  private String title(Rubric rubric, String item) {
    Optional<Question> q = rubric.findQuestion(item);
    return q.map(x -> language == Language.THAI ? x.displayText() : x.gloss()).orElse("");
  }

  private String text(OitReview review, Rubric rubric) {
    OitCheck c = review.check();
    StringBuilder sb = new StringBuilder();
    sb.append(t("title", c.agency().orElse("-"), c.rubric())).append('\n');
    sb.append(c.website().map(w -> t("website", w)).orElse(t("noWebsite"))).append("\n\n");
    if (c.findings().isEmpty()) {
      sb.append(t("noFindings")).append('\n');
    } else {
      sb.append(t("findings")).append('\n');
      Map<String, List<OitFinding>> byItem = new LinkedHashMap<>();
      c.findings().forEach(f -> byItem.computeIfAbsent(f.item().orElse(""), k -> new ArrayList<>()).add(f));
      byItem.forEach((item, fs) -> {
        sb.append(item.isEmpty() ? t("agency") : item + " " + title(rubric, item)).append('\n');
        for (OitFinding f : fs) {
          sb.append("  ").append(f.losesItem() ? "✗ " : "! ").append(pick(f.text())).append('\n');
          sb.append("    ").append(t("source", f.source())).append(f.provisional() ? " " + t("provisional") : "")
              .append('\n');
        }
      });
    }
    sb.append('\n');
    sb.append(t("oit", score(c.claimedOit()), score(c.projectedOit()))).append('\n');
    if (c.claimedTotal().isPresent()) {
      sb.append(t("total", score(c.claimedTotal()), score(c.projectedTotal()))).append('\n');
    }
    if (!review.fixOrder().isEmpty()) {
      sb.append('\n').append(t("fixOrder")).append('\n');
      int n = 1;
      for (Gain g : review.fixOrder()) {
        sb.append("  ").append(t("fixItem", Integer.toString(n++), g.id(), title(rubric, g.id()),
            g.gain().toPlainString())).append('\n');
      }
    }
    if (!review.plans().isEmpty()) {
      sb.append('\n').append(t("plans")).append('\n');
      for (LevelPlan p : review.plans()) {
        sb.append("  ").append(pick(p.explanation())).append('\n');
      }
    }
    if (!c.notes().isEmpty()) {
      sb.append('\n').append(t("notes")).append('\n');
      c.notes().forEach(n -> sb.append("  ").append(pick(n)).append('\n'));
    }
    return sb.toString();
  }

  private String score(Optional<BigDecimal> v) {
    return v.map(BigDecimal::toPlainString).orElse(t("unknown"));
  }
}
