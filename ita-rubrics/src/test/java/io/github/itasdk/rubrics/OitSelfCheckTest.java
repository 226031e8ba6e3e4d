package io.github.itasdk.rubrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.itasdk.core.InvalidInputException;
import io.github.itasdk.core.input.Agency;
import io.github.itasdk.core.input.AssessmentInput;
import io.github.itasdk.core.card.FigureLevel;
import io.github.itasdk.core.input.OitAssessment;
import io.github.itasdk.core.input.OitEvidence;
import io.github.itasdk.core.input.PublishedFigure;
import io.github.itasdk.core.engine.ScoringEngine;
import io.github.itasdk.core.oit.OitCheck;
import io.github.itasdk.core.oit.OitFinding;
import io.github.itasdk.core.oit.OitRule;
import io.github.itasdk.core.oit.OitSelfCheck;
import io.github.itasdk.core.rubric.EvidenceElement;
import io.github.itasdk.core.rubric.Question;
import io.github.itasdk.core.rubric.Rubric;
import io.github.itasdk.core.rubric.ToolKind;
import io.github.itasdk.core.rubric.ToolPart;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The OIT self-check: every rule with its finding text, and the scores it puts at stake. */
class OitSelfCheckTest {
  static final Rubric FY2566 = Rubrics.forFiscalYear(2566);
  static final String SITE = "https://www.tambon.go.th";

  static List<Question> items(Rubric r) {
    return r.tool(ToolKind.OIT).indicators().stream().flatMap(i -> i.allQuestions().stream()).toList();
  }

  /** An answer an assessor cannot fault: yes, a URL on the main site, an explanation, the right year, every element. */
  static OitAssessment perfect(Rubric r, Question q) {
    OitEvidence.Builder e = OitEvidence.builder().addUrls(SITE + "/ita/" + q.id()).explanation("เมนู ITA > " + q.id());
    q.evidence().ifPresent(rule -> {
      rule.period().requiredYear(r.fiscalYear()).ifPresent(e::year);
      rule.elements().forEach(el -> e.addElements(el.code()));
    });
    return OitAssessment.builder().item(q.id()).answer(true).evidence(e.build()).build();
  }

  static AssessmentInput input(Rubric r, String item, UnaryOperator<OitAssessment> change) {
    List<OitAssessment> oit = new ArrayList<>();
    for (Question q : items(r)) {
      OitAssessment a = perfect(r, q);
      if (q.id().equals(item)) {
        a = change.apply(a);
      }
      if (a != null) {
        oit.add(a);
      }
    }
    return AssessmentInput.builder().rubric(r.id()).agency(Agency.builder().name("เทศบาลตำบลตัวอย่าง").website(SITE).build())
        .oit(oit).build();
  }

  static OitAssessment withEvidence(OitAssessment a, UnaryOperator<OitEvidence.Builder> change) {
    return OitAssessment.builder().from(a).evidence(change.apply(OitEvidence.builder().from(a.evidence().orElseThrow())).build())
        .build();
  }

  static OitFinding only(AssessmentInput in) {
    List<OitFinding> f = OitSelfCheck.of(Rubrics.forId(in.rubric())).check(in).findings();
    assertThat(f).hasSize(1);
    return f.get(0);
  }

  @Test
  void aPerfectInputHasNoFindingsAndScores100() {
    OitCheck c = OitSelfCheck.of(FY2566).check(input(FY2566, "", a -> a));
    assertThat(c.findings()).isEmpty();
    assertThat(c.claimedOit()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("100"));
    assertThat(c.projectedOit()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("100"));
    assertThat(c.claimedTotal()).isEmpty();
    assertThat(c.notes()).singleElement().satisfies(n -> assertThat(n.en()).startsWith("the total needs IIT and EIT figures"));
  }

  @Test
  void notAnswered() {
    OitFinding f = only(input(FY2566, "o3", a -> null));
    assertThat(f.rule()).isEqualTo(OitRule.NOT_ANSWERED);
    assertThat(f.losesItem()).isTrue();
    assertThat(f.text().th()).isEqualTo("ยังไม่ได้ตอบข้อนี้ ผู้ประเมินจะให้ 0 คะแนน");
    assertThat(f.text().en()).isEqualTo("not answered: the assessors score it 0");
    assertThat(f.source()).isEqualTo("NACC, ITA manual for fiscal year 2564, §6.2.1, lines 629-632");
    assertThat(f.location()).isEqualTo("$.oit");
  }

  @Test
  void answeredNo() {
    OitFinding f = only(input(FY2566, "o3", a -> OitAssessment.answered("o3", false)));
    assertThat(f.toString()).isEqualTo("o3 ANSWERED_NO (loses the item): answered no: it scores 0 until the information "
        + "is published [NACC, ITA manual for fiscal year 2564, §6.2.1, lines 629-632]");
    assertThat(f.text().th()).isEqualTo("ตอบว่าไม่มี ข้อนี้จะได้ 0 คะแนนจนกว่าจะเปิดเผยข้อมูล");
    assertThat(f.location()).isEqualTo("$.oit[2].answer");
  }

  @Test
  void answeredYesWithoutUrlOrExplanation() {
    List<OitFinding> f = OitSelfCheck.of(FY2566).check(input(FY2566, "o3", a -> OitAssessment.answered("o3", true))).findings();
    assertThat(f).extracting(OitFinding::rule).containsExactly(OitRule.NO_URL, OitRule.NO_EXPLANATION,
        OitRule.ELEMENTS_NOT_STATED);
    f = f.subList(0, 2);
    assertThat(f).extracting(x -> x.text().en()).containsExactly("answered yes without the URL of the information",
        "answered yes without an explanation of where the information is on the main website and how to reach it");
    assertThat(f).extracting(x -> x.text().th()).containsExactly("ตอบว่ามี แต่ไม่ได้ใส่ URL ของข้อมูล",
        "ตอบว่ามี แต่ไม่ได้อธิบายว่าข้อมูลอยู่ตรงไหนของเว็บไซต์หลักและเข้าถึงได้อย่างไร");
    assertThat(f).extracting(OitFinding::location).containsExactly("$.oit[2].evidence.urls", "$.oit[2].evidence.explanation");
    assertThat(f).allMatch(OitFinding::losesItem);
  }

  @Test
  void malformedUrl() {
    OitFinding f = only(input(FY2566, "o3", a -> withEvidence(a, e -> e.urls(List.of("https://www.tambon.go.th/อำนาจ หน้าที่")))));
    assertThat(f.rule()).isEqualTo(OitRule.URL_MALFORMED);
    assertThat(f.text().en()).isEqualTo("the URL https://www.tambon.go.th/อำนาจ หน้าที่ cannot be read (spaces or characters a URL cannot hold)");
    assertThat(f.text().th()).isEqualTo("URL https://www.tambon.go.th/อำนาจ หน้าที่ อ่านไม่ได้ (มีช่องว่างหรืออักขระที่ใช้ใน URL ไม่ได้)");
    assertThat(f.location()).isEqualTo("$.oit[2].evidence.urls[0]");
    assertThat(f.losesItem()).isTrue();
  }

  @Test
  void urlThatIsNotHttp() {
    for (String u : List.of("www.tambon.go.th/duties", "ftp://www.tambon.go.th/duties", "file:///C:/ITA/o3.pdf")) {
      OitFinding f = only(input(FY2566, "o3", a -> withEvidence(a, e -> e.urls(List.of(u)))));
      assertThat(f.rule()).as(u).isEqualTo(OitRule.URL_NOT_WEB);
      assertThat(f.text().en()).isEqualTo("the URL " + u + " is not an http:// or https:// address");
      assertThat(f.text().th()).isEqualTo("URL " + u + " ไม่ได้ขึ้นต้นด้วย http:// หรือ https://");
    }
  }

  @Test
  void urlOffTheMainWebsite() {
    String drive = "https://drive.google.com/file/d/abc";
    OitFinding f = only(input(FY2566, "o3", a -> withEvidence(a, e -> e.urls(List.of(drive)))));
    assertThat(f.rule()).isEqualTo(OitRule.URL_OFF_SITE);
    assertThat(f.losesItem()).isTrue();
    assertThat(f.text().en()).isEqualTo("the URL " + drive + " is not on the agency's main website (" + SITE + ")");
    assertThat(f.text().th()).isEqualTo("URL " + drive + " ไม่ได้อยู่บนเว็บไซต์หลักของหน่วยงาน (" + SITE + ")");
    assertThat(f.source()).isEqualTo("NACC, ITA manual for fiscal year 2564, §6.4.2, lines 659 and 661");
    // a second URL on the main site keeps the item: the off-site one is then only worth a look
    OitFinding soft = only(input(FY2566, "o3", a -> withEvidence(a, e -> e.addUrls(drive))));
    assertThat(soft.rule()).isEqualTo(OitRule.URL_OFF_SITE);
    assertThat(soft.losesItem()).isFalse();
    // the bare host and a sub-domain of the main site are on it
    assertThat(OitSelfCheck.of(FY2566).check(input(FY2566, "o3", a -> withEvidence(a, e -> e.urls(List.of(
        "http://TAMBON.go.th/x", "https://eservice.tambon.go.th/")))))
        .findings()).isEmpty();
  }

  @Test
  void noMainWebsite() {
    AssessmentInput in = AssessmentInput.builder().from(input(FY2566, "", a -> a)).agency(Agency.named("x")).build();
    OitFinding f = only(in);
    assertThat(f.rule()).isEqualTo(OitRule.NO_WEBSITE);
    assertThat(f.item()).isEmpty();
    assertThat(f.losesItem()).isFalse();
    assertThat(f.text().en()).isEqualTo("the agency's main website is not given, so no URL could be checked against it");
    assertThat(f.text().th()).isEqualTo("ไม่ได้ระบุเว็บไซต์หลักของหน่วยงาน จึงตรวจไม่ได้ว่า URL อยู่บนเว็บไซต์หลักหรือไม่");
    assertThat(f.location()).isEqualTo("$.agency.website");
  }

  @Test
  void yearMissingAndWrongYear() {
    // FY2566 o7 news: the assessed year (mapped to FY2564 o7, manual line 692)
    OitFinding missing = only(input(FY2566, "o7", a -> withEvidence(a, e -> e.year(java.util.Optional.empty()))));
    assertThat(missing.rule()).isEqualTo(OitRule.YEAR_MISSING);
    assertThat(missing.losesItem()).isFalse();
    assertThat(missing.text().en()).isEqualTo("no year given: the information must cover 2566");
    assertThat(missing.text().th()).isEqualTo("ไม่ได้ระบุปีของข้อมูล ข้อนี้ต้องเป็นข้อมูลของปี 2566");
    assertThat(missing.source()).isEqualTo(
        "NACC, ITA manual for fiscal year 2564 (คู่มือการประเมิน ITA ปีงบประมาณ พ.ศ. 2564), §6.5, line 692 (FY2564 o7)");
    assertThat(missing.provisional()).isTrue();
    OitFinding wrong = only(input(FY2566, "o7", a -> withEvidence(a, e -> e.year(2565))));
    assertThat(wrong.rule()).isEqualTo(OitRule.WRONG_YEAR);
    assertThat(wrong.losesItem()).isTrue();
    assertThat(wrong.text().en()).isEqualTo("the information covers 2565; this item asks for 2566");
    assertThat(wrong.text().th()).isEqualTo("ข้อมูลเป็นของปี 2565 แต่ข้อนี้ต้องเป็นข้อมูลของปี 2566");
    // FY2566 o13 annual report: the year before; o16 statistics: the first six months
    assertThat(only(input(FY2566, "o13", a -> withEvidence(a, e -> e.year(2566)))).text().en())
        .isEqualTo("the information covers 2566; this item asks for 2565 (the year before)");
    assertThat(only(input(FY2566, "o16", a -> withEvidence(a, e -> e.year(2565)))).text().th())
        .isEqualTo("ข้อมูลเป็นของปี 2565 แต่ข้อนี้ต้องเป็นข้อมูลอย่างน้อย 6 เดือนแรกของปี 2566");
    // a multi-year plan (FY2564 o4) covering the year passes, one ending before it does not
    Rubric fy2564 = Rubrics.forFiscalYear(2564);
    assertThat(OitSelfCheck.of(fy2564).check(input(fy2564, "o4", a -> withEvidence(a, e -> e.year(2561).untilYear(2565))))
        .findings()).isEmpty();
    assertThat(only(input(fy2564, "o4", a -> withEvidence(a, e -> e.year(2559).untilYear(2563)))).text().en())
        .isEqualTo("the information covers 2559-2563; this item asks for a plan or policy in force in 2564");
  }

  @Test
  void requiredElementsNotClaimed() {
    Rubric fy2564 = Rubrics.forFiscalYear(2564);
    OitFinding f = only(input(fy2564, "o2", a -> withEvidence(a, e -> e.elements(List.of("executives", "name", "position")))));
    assertThat(f.rule()).isEqualTo(OitRule.ELEMENTS_MISSING);
    assertThat(f.losesItem()).isTrue();
    assertThat(f.text().en()).isEqualTo("does not show: photo, contact channel");
    assertThat(f.text().th()).isEqualTo("ยังไม่แสดง: รูปถ่าย, ช่องทางการติดต่อ");
    assertThat(f.source()).isEqualTo("NACC, ITA manual for fiscal year 2564 (คู่มือการประเมิน ITA ปีงบประมาณ พ.ศ. 2564), §6.5, line 679");
    assertThat(f.provisional()).isFalse();
    OitFinding none = only(input(fy2564, "o1", a -> withEvidence(a, e -> e.elements(List.of()))));
    assertThat(none.rule()).isEqualTo(OitRule.ELEMENTS_NOT_STATED);
    assertThat(none.losesItem()).isFalse();
    assertThat(none.text().th()).isEqualTo("ไม่ได้ระบุว่าแสดงองค์ประกอบใดบ้าง ตรวจว่ามีครบ: แผนผังโครงสร้างการแบ่งส่วนราชการ, "
        + "ตำแหน่งสำคัญและการแบ่งส่วนงานภายใน");
    List<OitFinding> unknown = OitSelfCheck.of(fy2564).check(input(fy2564, "o1", a -> withEvidence(a,
        e -> e.addElements("map")))).findings();
    assertThat(unknown).singleElement().satisfies(u -> {
      assertThat(u.rule()).isEqualTo(OitRule.ELEMENT_UNKNOWN);
      assertThat(u.text().en()).isEqualTo("the element map is not one of this item's (chart, units)");
      assertThat(u.location()).isEqualTo("$.oit[0].evidence.elements[2]");
    });
  }

  @Test
  void exclusions() {
    // FY2566 o1 may not be excluded: a finding (the engine would refuse the input), never a refusal
    OitFinding f = only(input(FY2566, "o1", a -> OitAssessment.excluded("o1", "x")));
    assertThat(f.rule()).isEqualTo(OitRule.EXCLUSION_NOT_ALLOWED);
    assertThat(f.losesItem()).isTrue();
    assertThat(f.text().th()).isEqualTo("ข้อนี้ขอยกเว้นไม่ได้ (ยกเว้นได้เฉพาะกิจกรรมที่จัดไม่ได้เพราะมติคณะรัฐมนตรีหรือคำสั่ง) "
        + "ผู้ประเมินจะให้ 0 คะแนน");
    assertThat(f.source()).isEqualTo("NACC, ITA manual for fiscal year 2564, §6.4.2, line 664");
    // o30 (participation) may be; a reason that names no order is worth a look
    OitFinding vague = only(input(FY2566, "o30", a -> OitAssessment.excluded("o30", "ไม่ได้จัด")));
    assertThat(vague.rule()).isEqualTo(OitRule.EXCLUSION_NO_ORDER);
    assertThat(vague.losesItem()).isFalse();
    assertThat(vague.text().en()).isEqualTo(
        "the reason for the exclusion names no order, announcement, resolution or measure that prevented the activity");
    assertThat(vague.provisional()).isTrue();
    assertThat(OitSelfCheck.of(FY2566).check(input(FY2566, "o30", a -> OitAssessment.excluded("o30",
        "คำสั่งจังหวัดที่ 1/2566 งดการประชุม"))).findings()).isEmpty();
  }

  @Test
  void theScoresAtStake() {
    // o2 (group 9.1 of ten items, indicator 9 of five groups): 100 → 0 costs 100/10/5/2 = 1.00 of the OIT
    OitCheck c = OitSelfCheck.of(FY2566).check(input(FY2566, "o2", a -> withEvidence(a, e -> e.elements(List.of("photo")))));
    assertThat(c.claimedOit()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("100.00"));
    assertThat(c.projectedOit()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("99.00"));
    assertThat(c.itemsAtRisk()).containsExactly("o2");
    assertThat(c.projected()).filteredOn(a -> a.item().equals("o2")).singleElement()
        .isEqualTo(OitAssessment.answered("o2", false));
    // with IIT and EIT figures the total follows: 0.3 × 90 + 0.15 × 80 + 0.15 × 80 + 0.4 × OIT
    AssessmentInput withTools = AssessmentInput.builder().from(input(FY2566, "o2", a -> withEvidence(a,
        e -> e.elements(List.of("photo"))))).addPublished(
        PublishedFigure.of(FigureLevel.TOOL, "IIT", new BigDecimal("90")),
        PublishedFigure.of(FigureLevel.TOOL, "EIT", io.github.itasdk.core.rubric.Part.PUBLIC, new BigDecimal("80")),
        PublishedFigure.of(FigureLevel.TOOL, "EIT", io.github.itasdk.core.rubric.Part.SURVEY, new BigDecimal("80")),
        PublishedFigure.of(FigureLevel.TOTAL, "total", new BigDecimal("1"))).publishedRating("ดีเยี่ยม").build();
    OitCheck t = OitSelfCheck.of(FY2566).check(withTools);
    assertThat(t.claimedTotal()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("91.00"));
    assertThat(t.projectedTotal()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("90.60"));
    assertThat(t.notes()).isEmpty();
  }

  @Test
  void onlyUnreadableOitEntriesAreRefused() {
    AssessmentInput in = AssessmentInput.builder().rubric("ITA-2566").addOit(OitAssessment.answered("o99", true),
        OitAssessment.builder().item("o1").answer(true).score(BigDecimal.ONE).build()).build();
    assertThatThrownBy(() -> OitSelfCheck.of(FY2566).check(in)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("$.oit[0].item: unknown OIT item [o99] in ITA-2566")
        .hasMessageContaining("$.oit[1]: give exactly one of score, answer or excluded for o1, got 2");
    assertThatThrownBy(() -> OitSelfCheck.of(FY2566).check(AssessmentInput.builder().rubric("ITA-2564").build()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("$.rubric: input is for rubric [ITA-2564], this check reads [ITA-2566]");
  }

  // ------------------------------------------------------------------ properties

  /** A random FY2566/FY2568 input: each item perfect, or spoiled in one of several ways. */
  @Provide
  Arbitrary<AssessmentInput> spoiled() {
    return Arbitraries.longs().flatMap(seed -> Arbitraries.of(FY2566, Rubrics.forFiscalYear(2568), Rubrics.forFiscalYear(2564))
        .map(r -> {
          Random rnd = new Random(seed);
          List<OitAssessment> oit = new ArrayList<>();
          for (Question q : items(r)) {
            OitAssessment a = perfect(r, q);
            switch (rnd.nextInt(10)) {
              case 0 -> a = OitAssessment.answered(q.id(), false);
              case 1 -> a = withEvidence(a, e -> e.urls(List.of("https://elsewhere.example.com/x")));
              case 2 -> a = withEvidence(a, e -> e.year(2400 + 100 + rnd.nextInt(100)));
              case 3 -> a = withEvidence(a, e -> e.elements(q.evidence().map(ev -> ev.elements().stream()
                  .limit(1).map(EvidenceElement::code).toList()).orElse(List.of())));
              case 4 -> a = OitAssessment.excluded(q.id(), r.mayExclude(q.id()) ? "มติคณะรัฐมนตรี" : "x");
              case 5 -> a = OitAssessment.builder().item(q.id()).score(BigDecimal.valueOf(rnd.nextInt(101)))
                  .evidence(a.evidence()).build();
              case 6 -> a = null;
              default -> { }
            }
            if (a != null) {
              oit.add(a);
            }
          }
          return AssessmentInput.builder().rubric(r.id()).agency(Agency.builder().name("x").website(SITE).build())
              .oit(oit).build();
        }));
  }

  /** Fixes every finding of an item: a clean answer where something lost the item, the rest untouched. */
  static AssessmentInput fixed(AssessmentInput in, OitCheck c) {
    Rubric r = Rubrics.forId(in.rubric());
    List<OitAssessment> oit = new ArrayList<>();
    for (Question q : items(r)) {
      boolean flagged = c.findings().stream().anyMatch(f -> f.item().orElse("").equals(q.id()));
      OitAssessment given = in.oit().stream().filter(a -> a.item().equals(q.id())).findFirst().orElse(null);
      oit.add(flagged || given == null ? perfect(r, q) : given);
    }
    return AssessmentInput.builder().from(in).oit(oit).build();
  }

  @Property(tries = 60)
  void fixingEveryFindingNeverLowersTheProjectedScore(@ForAll("spoiled") AssessmentInput in) {
    Rubric r = Rubrics.forId(in.rubric());
    OitCheck before = OitSelfCheck.of(r).check(in);
    OitCheck after = OitSelfCheck.of(r).check(fixed(in, before));
    assertThat(after.findings()).isEmpty();
    assertThat(after.projectedOit().orElseThrow()).isGreaterThanOrEqualTo(before.projectedOit().orElseThrow());
    assertThat(before.projectedOit().orElseThrow()).isLessThanOrEqualTo(before.claimedOit().orElseThrow());
  }

  @Property(tries = 60)
  void withoutFindingsTheProjectionIsTheEnginesScore(@ForAll("spoiled") AssessmentInput spoiled) {
    Rubric r = Rubrics.forId(spoiled.rubric());
    AssessmentInput in = fixed(spoiled, OitSelfCheck.of(r).check(spoiled));
    AssessmentInput.Builder full = AssessmentInput.builder().from(in);
    for (var w : r.weighting().weights()) {
      if (w.tool() != ToolKind.OIT) {
        full.addPublished(PublishedFigure.builder().level(FigureLevel.TOOL).id(w.tool().name()).part(w.part())
            .score(new BigDecimal("87.5")).build());
      }
    }
    AssessmentInput withTools = full.build();
    OitCheck c = OitSelfCheck.of(r).check(withTools);
    assertThat(c.findings()).isEmpty();
    var card = ScoringEngine.of(r).score(withTools);
    assertThat(c.projectedOit()).isEqualTo(card.tool(ToolKind.OIT));
    assertThat(c.projectedCard().orElseThrow().total()).isEqualTo(card.total());
    assertThat(c.claimedTotal()).hasValue(card.total());
  }
}
