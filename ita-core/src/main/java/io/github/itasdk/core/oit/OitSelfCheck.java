package io.github.itasdk.core.oit;

import io.github.itasdk.core.InvalidInputException;
import io.github.itasdk.core.Label;
import io.github.itasdk.core.Problem;
import io.github.itasdk.core.input.Agency;
import io.github.itasdk.core.input.AssessmentInput;
import io.github.itasdk.core.card.FigureLevel;
import io.github.itasdk.core.input.OitAssessment;
import io.github.itasdk.core.input.OitEvidence;
import io.github.itasdk.core.input.PublishedFigure;
import io.github.itasdk.core.card.ScoreCard;
import io.github.itasdk.core.engine.ScoringEngine;
import io.github.itasdk.core.policy.ToolWeight;
import io.github.itasdk.core.rubric.EvidenceElement;
import io.github.itasdk.core.rubric.EvidenceRule;
import io.github.itasdk.core.rubric.Provenance;
import io.github.itasdk.core.rubric.Question;
import io.github.itasdk.core.rubric.Rubric;
import io.github.itasdk.core.rubric.ToolKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads an agency's OIT answers the way an assessor would before they are submitted: for every item of the
 * rubric, the answer, its URLs against the agency's main website, its explanation, the year its information
 * covers against the item's year rule, the required elements it claims, and any exclusion against the items
 * that may be excluded. Pure: no network, no clock; checking that URLs resolve is done elsewhere.
 *
 * <p>A self-check never refuses a well-formed input: what the engine would reject as an exclusion not
 * allowed, or an element the item does not have, becomes a finding. Only OIT entries the check cannot read
 * (an unknown or duplicate item, not exactly one of score, answer or excluded) are an
 * {@link InvalidInputException}.
 *
 * <pre>{@code
 * OitCheck check = OitSelfCheck.of(Rubrics.forFiscalYear(2566)).check(Ita.readInput(json));
 * check.findings().forEach(f -> System.out.println(f.item().orElse("") + " " + f.text().th()));
 * }</pre>
 */
public final class OitSelfCheck {
  private static final BigDecimal ZERO = BigDecimal.ZERO;
  private final Rubric rubric;
  private final ScoringEngine engine;
  private final List<String> orderWords;

  private OitSelfCheck(Rubric rubric) {
    this.rubric = rubric;
    this.engine = ScoringEngine.of(rubric);
    this.orderWords = Arrays.stream(Texts.plain("exclusion.orderWords").split(","))
        .map(w -> w.strip().toLowerCase(Locale.ROOT)).filter(w -> !w.isEmpty()).toList();
  }

  /** @param rubric a validated rubric @return a self-check for it */
  public static OitSelfCheck of(Rubric rubric) {
    return new OitSelfCheck(Objects.requireNonNull(rubric, "rubric"));
  }

  /**
   * @param input the agency's input; only its OIT part, agency facts and (for the total) IIT/EIT data are read
   * @return the findings and the scores at stake
   * @throws InvalidInputException when the input is for another rubric or its OIT entries cannot be read
   */
  public OitCheck check(AssessmentInput input) {
    Objects.requireNonNull(input, "input");
    List<Problem> form = formProblems(input);
    if (!form.isEmpty()) {
      throw new InvalidInputException(form);
    }
    Map<String, Integer> index = new HashMap<>();
    for (int k = 0; k < input.oit().size(); k++) {
      index.put(input.oit().get(k).item(), k);
    }
    Optional<WebAddress> site = input.agency().flatMap(Agency::website).map(WebAddress::of);
    List<OitFinding> findings = new ArrayList<>();
    boolean anyUrl = input.oit().stream().anyMatch(a -> a.evidence().map(e -> !e.urls().isEmpty()).orElse(false));
    if (site.isEmpty() && anyUrl) {
      findings.add(finding(null, OitRule.NO_WEBSITE, false, "$.agency.website", Texts.plain("source.website"), false,
          Texts.label("NO_WEBSITE")));
    }
    List<OitAssessment> claimed = new ArrayList<>();
    List<OitAssessment> projected = new ArrayList<>();
    for (Question item : items()) {
      Integer k = index.get(item.id());
      OitAssessment a = k == null ? null : input.oit().get(k);
      List<OitFinding> mine = itemFindings(item, a, k == null ? "$.oit" : "$.oit[" + k + "]", site);
      findings.addAll(mine);
      OitAssessment asAnswered = a == null || (a.excluded().isPresent() && !rubric.mayExclude(item.id()))
          ? OitAssessment.answered(item.id(), false)
          : OitAssessment.builder().from(a).evidence(Optional.empty()).build();
      claimed.add(asAnswered);
      projected.add(mine.stream().anyMatch(OitFinding::losesItem) ? OitAssessment.answered(item.id(), false) : asAnswered);
    }
    OitCheck.Builder b = OitCheck.builder().rubric(rubric.id()).findings(findings).claimed(claimed).projected(projected)
        .agency(input.agency().map(Agency::name)).website(input.agency().flatMap(Agency::website));
    Optional<ScoreCard> claimedOit = oitOnly(claimed, b);
    Optional<ScoreCard> projectedOit = claimedOit.isEmpty() ? Optional.empty() : oitOnly(projected, b);
    b.claimedOit(claimedOit.flatMap(c -> c.tool(ToolKind.OIT))).projectedOit(projectedOit.flatMap(c -> c.tool(ToolKind.OIT)))
        .projectedOitCard(projectedOit);
    if (!hasOtherTools(input)) {
      b.addNotes(Texts.label("note.noTotal"));
    } else if (claimedOit.isPresent()) {
      Optional<ScoreCard> claimedCard = whole(input, claimed, b);
      b.claimedTotal(claimedCard.map(ScoreCard::total));
      if (claimedCard.isPresent()) {
        b.projectedCard(whole(input, projected, b));
      }
    }
    return b.build();
  }

  private List<Question> items() {
    return rubric.tool(ToolKind.OIT).indicators().stream().flatMap(i -> i.allQuestions().stream()).toList();
  }

  /** The OIT entries' own form (ids, duplicates, one verdict each), as the engine reports it. */
  private List<Problem> formProblems(AssessmentInput input) {
    if (!input.rubric().equals(rubric.id())) {
      return List.of(new Problem("$.rubric", "input is for rubric [" + input.rubric() + "], this check reads ["
          + rubric.id() + "]"));
    }
    List<OitAssessment> readable = input.oit().stream().map(a -> {
      OitAssessment.Builder ob = OitAssessment.builder().from(a).evidence(Optional.empty());
      if (a.excluded().isPresent() && !rubric.mayExclude(a.item())) {
        ob.excluded(Optional.empty()).answer(false); // a finding, not a form problem
      }
      return ob.build();
    }).toList();
    AssessmentInput oitOnly = AssessmentInput.builder().rubric(rubric.id()).oit(readable).build();
    return engine.check(oitOnly).stream().filter(p -> p.location().startsWith("$.oit")).toList();
  }

  private List<OitFinding> itemFindings(Question item, OitAssessment a, String at, Optional<WebAddress> site) {
    List<OitFinding> out = new ArrayList<>();
    String answerSource = Texts.plain("source.answer");
    String id = item.id();
    if (a == null) {
      out.add(finding(id, OitRule.NOT_ANSWERED, true, at, answerSource, false, Texts.label("NOT_ANSWERED")));
      return out;
    }
    Optional<EvidenceRule> rule = item.evidence();
    if (a.excluded().isPresent()) {
      Optional<Provenance> p = rule.flatMap(EvidenceRule::exclusion).map(x -> x.provenance());
      String source = p.map(OitSelfCheck::cite).orElse(Texts.plain("source.exclusion"));
      boolean prov = p.map(Provenance::isProvisional).orElse(false);
      if (!rubric.mayExclude(id)) {
        out.add(finding(id, OitRule.EXCLUSION_NOT_ALLOWED, true, at + ".excluded", Texts.plain("source.exclusion"),
            false, Texts.label("EXCLUSION_NOT_ALLOWED")));
      } else if (!namesAnOrder(a.excluded().get())) {
        out.add(finding(id, OitRule.EXCLUSION_NO_ORDER, false, at + ".excluded", source, prov,
            Texts.label("EXCLUSION_NO_ORDER")));
      }
      return out;
    }
    boolean yes = a.answer().orElse(false) || a.score().map(s -> s.signum() > 0).orElse(false);
    if (a.answer().isPresent() && !a.answer().get()) {
      out.add(finding(id, OitRule.ANSWERED_NO, true, at + ".answer", answerSource, false, Texts.label("ANSWERED_NO")));
    }
    if (!yes) {
      return out;
    }
    OitEvidence ev = a.evidence().orElse(OitEvidence.builder().build());
    String eat = at + ".evidence";
    if (ev.urls().isEmpty()) {
      out.add(finding(id, OitRule.NO_URL, true, eat + ".urls", answerSource, false, Texts.label("NO_URL")));
    }
    if (ev.explanation().map(String::isBlank).orElse(true)) {
      out.add(finding(id, OitRule.NO_EXPLANATION, true, eat + ".explanation", answerSource, false,
          Texts.label("NO_EXPLANATION")));
    }
    urls(id, ev, eat, site, out);
    rule.ifPresent(r -> {
      year(id, r, ev, eat, out);
      elements(id, r, ev, eat, out);
    });
    return out;
  }

  private void urls(String id, OitEvidence ev, String eat, Optional<WebAddress> site, List<OitFinding> out) {
    record Bad(OitRule rule, String at, Label text, String sourceKey) {}
    List<Bad> bad = new ArrayList<>();
    boolean anyGood = false;
    for (int j = 0; j < ev.urls().size(); j++) {
      String u = ev.urls().get(j);
      WebAddress w = WebAddress.of(u);
      String uat = eat + ".urls[" + j + "]";
      if (!w.isWellFormed()) {
        bad.add(new Bad(OitRule.URL_MALFORMED, uat, Texts.label("URL_MALFORMED", u), "source.answer"));
      } else if (!w.isWeb()) {
        bad.add(new Bad(OitRule.URL_NOT_WEB, uat, Texts.label("URL_NOT_WEB", u), "source.answer"));
      } else if (site.isPresent() && !w.isOn(site.get())) {
        bad.add(new Bad(OitRule.URL_OFF_SITE, uat, Texts.label("URL_OFF_SITE", u, site.get().text()), "source.website"));
      } else {
        anyGood = true;
      }
    }
    for (Bad b : bad) {
      out.add(finding(id, b.rule(), !anyGood, b.at(), Texts.plain(b.sourceKey()), false, b.text()));
    }
  }

  private void year(String id, EvidenceRule r, OitEvidence ev, String eat, List<OitFinding> out) {
    OptionalInt required = r.period().requiredYear(rubric.fiscalYear());
    if (required.isEmpty()) {
      return;
    }
    Label period = Texts.label("period." + r.period().name(), Integer.toString(required.getAsInt()));
    if (ev.year().isEmpty()) {
      out.add(finding(id, OitRule.YEAR_MISSING, false, eat + ".year", cite(r.provenance()),
          r.provenance().isProvisional(), Texts.label("YEAR_MISSING", period)));
    } else if (!ev.covers(required.getAsInt())) {
      String years = ev.untilYear().isPresent()
          ? Texts.plain("years.span").replace("{0}", ev.year().get().toString()).replace("{1}", ev.untilYear().get().toString())
          : ev.year().get().toString();
      out.add(finding(id, OitRule.WRONG_YEAR, true, eat + ".year", cite(r.provenance()),
          r.provenance().isProvisional(), Texts.label("WRONG_YEAR", years, period)));
    }
  }

  private void elements(String id, EvidenceRule r, OitEvidence ev, String eat, List<OitFinding> out) {
    if (r.elements().isEmpty()) {
      return;
    }
    String source = cite(r.provenance());
    boolean prov = r.provenance().isProvisional();
    for (int j = 0; j < ev.elements().size(); j++) {
      String c = ev.elements().get(j);
      if (r.element(c).isEmpty()) {
        out.add(finding(id, OitRule.ELEMENT_UNKNOWN, false, eat + ".elements[" + j + "]", source, prov,
            Texts.label("ELEMENT_UNKNOWN", c, String.join(", ", r.elements().stream().map(EvidenceElement::code).toList()))));
      }
    }
    Set<String> claimed = Set.copyOf(ev.elements());
    List<Label> missing = r.elements().stream().filter(e -> !claimed.contains(e.code())).map(EvidenceElement::label).toList();
    if (ev.elements().isEmpty()) {
      out.add(finding(id, OitRule.ELEMENTS_NOT_STATED, false, eat + ".elements", source, prov,
          Texts.label("ELEMENTS_NOT_STATED", Texts.join(missing))));
    } else if (!missing.isEmpty()) {
      out.add(finding(id, OitRule.ELEMENTS_MISSING, true, eat + ".elements", source, prov,
          Texts.label("ELEMENTS_MISSING", Texts.join(missing))));
    }
  }

  private boolean namesAnOrder(String reason) {
    String r = reason.toLowerCase(Locale.ROOT);
    return orderWords.stream().anyMatch(r::contains);
  }

  private static String cite(Provenance p) {
    return p.source() + ", " + p.locator();
  }

  private static OitFinding finding(String item, OitRule rule, boolean loses, String at, String source,
      boolean provisional, Label text) {
    return OitFinding.builder().item(Optional.ofNullable(item)).rule(rule).losesItem(loses && rule.losesItem())
        .location(at).source(source).provisional(provisional).text(text).build();
  }

  // ------------------------------------------------------------------ scores

  /** The OIT alone: every other weighted tool or part given as a published 0 so the engine can score it. */
  private Optional<ScoreCard> oitOnly(List<OitAssessment> oit, OitCheck.Builder b) {
    AssessmentInput.Builder in = AssessmentInput.builder().rubric(rubric.id()).oit(oit);
    for (ToolWeight w : rubric.weighting().weights()) {
      if (w.tool() != ToolKind.OIT) {
        in.addPublished(PublishedFigure.builder().level(FigureLevel.TOOL).id(w.tool().name()).part(w.part())
            .score(ZERO).build());
      }
    }
    try {
      return Optional.of(engine.score(in.build()));
    } catch (InvalidInputException e) {
      b.addNotes(Texts.label("note.oitNotScored", e.problems().get(0).toString()));
      return Optional.empty();
    }
  }

  /** The whole input with its OIT verdicts replaced and its published OIT-level figures, total and rating dropped. */
  private Optional<ScoreCard> whole(AssessmentInput input, List<OitAssessment> oit, OitCheck.Builder b) {
    AssessmentInput in = AssessmentInput.builder().from(input).oit(oit)
        .published(input.published().stream().filter(f -> !isOitLevel(f)).toList())
        .publishedRating(Optional.empty()).build();
    try {
      return Optional.of(engine.score(in));
    } catch (InvalidInputException e) {
      b.addNotes(Texts.label("note.totalNotScored", e.problems().get(0).toString()));
      return Optional.empty();
    }
  }

  private boolean hasOtherTools(AssessmentInput input) {
    return !input.surveys().isEmpty() || input.published().stream().anyMatch(f -> !isOitLevel(f));
  }

  private boolean isOitLevel(PublishedFigure f) {
    Set<String> oitIndicators = rubric.tool(ToolKind.OIT).indicators().stream()
        .map(i -> Integer.toString(i.number())).collect(Collectors.toSet());
    return switch (f.level()) {
      case QUESTION -> rubric.toolOf(f.id()).orElse(null) == ToolKind.OIT;
      case GROUP, TOTAL -> true;
      case INDICATOR -> oitIndicators.contains(f.id());
      case TOOL -> f.id().equals(ToolKind.OIT.name());
    };
  }

  @Override
  public String toString() {
    return "OitSelfCheck[" + rubric.id() + "]";
  }
}
