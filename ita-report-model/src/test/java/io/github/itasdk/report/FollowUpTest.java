package io.github.itasdk.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.itasdk.core.card.ScoreCard;
import io.github.itasdk.core.engine.ScoringEngine;
import io.github.itasdk.core.input.AssessmentInput;
import io.github.itasdk.core.rubric.PublicationCondition;
import io.github.itasdk.core.rubric.Rubric;
import io.github.itasdk.report.render.Language;
import io.github.itasdk.report.render.Markdown;
import io.github.itasdk.rubrics.Rubrics;
import org.junit.jupiter.api.Test;

/** Last year's measures, the publication status told truthfully, and warnings worded for an officer. */
class FollowUpTest {
  static final Rubric R2564 = Rubrics.forFiscalYear(2564);
  static final Rubric R2566 = Rubrics.forFiscalYear(2566);

  static PlanDocument plan() {
    return PlanDocument.read("""
        {"pastMeasures": [
          {"title": "เปิดบริการออนไลน์", "status": "partly", "evidence": "https://example.go.th/eservice",
           "targets": {"indicators": [8], "questions": ["e13"]}},
          {"title": "ปรับปรุงช่องทางประชาสัมพันธ์", "status": "done", "targets": {"themes": [3]}},
          {"title": "ทบทวนแผน", "status": "dropped", "note": "รวมกับมาตรการอื่น"}]}""");
  }

  @Test
  void pastMeasuresShowHowTheirFiguresMovedAcrossRubricYears() {
    ScoreCard before = Examples.card("made-up-municipality-2564");
    ScoreCard now = Examples.card("made-up-municipality-2566");
    PlanDocument last = PlanDocument.builder().addMeasures(Measure.builder().title("ลดขั้นตอนการให้บริการ")
        .targets(Targets.builder().addIndicators(6).build()).period("ต.ค. 65 – ก.ย. 66").addResponsible("สำนักปลัด")
        .build()).build();
    AnalysisReport r = AnalysisReport.of(now, R2566, ReportOptions.builder().plan(plan())
        .previous(PreviousResult.builder().card(before).rubric(R2564).plan(last).build()).build());
    FollowUp f = r.followUp().orElseThrow();
    assertThat(f.previousFiscalYear()).hasValue(2564);
    assertThat(f.total().orElseThrow().delta()).hasValueSatisfying(d ->
        assertThat(d).isEqualByComparingTo(now.total().subtract(before.total())));
    assertThat(f.rows()).extracting(row -> row.measure().title() + " " + row.measure().status()).containsExactly(
        "เปิดบริการออนไลน์ PARTLY", "ปรับปรุงช่องทางประชาสัมพันธ์ DONE", "ทบทวนแผน DROPPED",
        "ลดขั้นตอนการให้บริการ NOT_REPORTED");
    FigureMove eight = f.rows().get(0).moves().get(0);
    assertThat(eight.id()).isEqualTo("indicator 8");
    assertThat(eight.change()).hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo(
        now.indicator(8).orElseThrow().subtract(before.indicator(8).orElseThrow())));
    // question ids restart per rubric year: e13 of FY2566 is not e13 of FY2564
    FigureMove e13 = f.rows().get(0).moves().get(1);
    assertThat(e13.change()).isEmpty();
    assertThat(e13.reason().orElseThrow().th()).isEqualTo("รหัสข้อคำถามเริ่มนับใหม่ทุกปีของเกณฑ์ จึงเทียบข้ามปีไม่ได้");
    assertThat(f.rows().get(1).moves()).singleElement().satisfies(m ->
        assertThat(m.reason().orElseThrow().th()).isEqualTo("ประเด็นไม่มีคะแนนของตนเอง"));
    assertThat(f.rows().get(2).moves()).singleElement().satisfies(m ->
        assertThat(m.reason().orElseThrow().th()).isEqualTo("มาตรการไม่ได้ระบุตัวชี้วัดหรือข้อคำถามที่มุ่งยกระดับ"));
    String md = Markdown.render(r);
    assertThat(md).contains("## รายงานผลการดำเนินการตามมาตรการของปีที่ผ่านมา", "ดำเนินการบางส่วน",
        "https://example.go.th/eservice", "ยกเลิก", "ยังไม่ได้รายงานผล", "ไม่มีคะแนนที่เทียบกันได้");
    assertThat(r.sections()).contains(ReportSection.FOLLOW_UP);
  }

  @Test
  void withinOneRubricYearQuestionsAreComparedToo() {
    AnalysisReport r = AnalysisReport.of(Examples.thaKub(), R2566, ReportOptions.builder().plan(plan())
        .previous(PreviousResult.of(Examples.thaKub(), R2566)).build());
    FigureMove e13 = r.followUp().orElseThrow().rows().get(0).moves().get(1);
    assertThat(e13.before()).hasValueSatisfying(b -> assertThat(b).isEqualByComparingTo("68.42"));
    assertThat(e13.change()).hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo("0"));
    // without last year's card the statuses are listed and the figures say why they are missing
    AnalysisReport alone = AnalysisReport.of(Examples.thaKub(), R2566, ReportOptions.builder().plan(plan()).build());
    assertThat(alone.followUp().orElseThrow().rows().get(0).moves().get(0).reason().orElseThrow().th())
        .isEqualTo("ไม่ได้ระบุผลการประเมินของปีที่ผ่านมา");
    assertThat(AnalysisReport.of(Examples.thaKub(), R2566).followUp()).isEmpty();
  }

  @Test
  void publishableOnlyWhenEveryConditionIsKnownToBeMet() {
    AssessmentInput.Builder in = Inputs.fromIndicators("ITA-2566", "99.45", "100.00", "100.00", "100.00", "100.00",
        "89.84", "88.80", "83.18", "100.00", "100.00").publishedRating("ผ่าน");
    for (PublicationCondition c : PublicationCondition.values()) {
      in.putConditions(c, true);
    }
    AnalysisReport ok = AnalysisReport.of(ScoringEngine.of(R2566).score(in.build()), R2566);
    assertThat(ok.header().publication().status()).isEqualTo(Publication.Status.PUBLISHABLE);
    assertThat(Markdown.render(ok)).contains("| การประกาศผล | ประกาศผลได้ |");
    in.putConditions(PublicationCondition.OIT_ANSWERED, false);
    AnalysisReport not = AnalysisReport.of(ScoringEngine.of(R2566).score(in.build()), R2566);
    assertThat(not.header().publication().status()).isEqualTo(Publication.Status.NOT_PUBLISHABLE);
    assertThat(not.header().publication().missed()).singleElement().satisfies(l ->
        assertThat(l.th()).contains("OIT"));
    assertThat(Markdown.render(not)).contains("ไม่ประกาศผล (แจ้งผลให้หน่วยงานทราบเท่านั้น)");
    AnalysisReport unknown = AnalysisReport.of(Examples.thaKub(), R2566);
    assertThat(unknown.header().publication().status()).isEqualTo(Publication.Status.NOT_ALL_CHECKED);
  }

  @Test
  void warningsAreWordedFromTheirKindAndFigures() {
    AnalysisReport r = AnalysisReport.of(Examples.thaKub(), R2566);
    assertThat(Markdown.render(r)).contains("- ตัวชี้วัดที่ 8: ตัวเลขที่ประกาศคือ 83.18 แต่คำนวณจากคะแนนระดับย่อยได้ 83.17 "
        + "รายงานนี้ใช้ตัวเลขที่ประกาศ");
    // the planner's reasons: Tha Kub cannot reach ดีเยี่ยม by OIT alone because EIT is below the tool floor
    assertThat(Markdown.render(r)).contains("ถึงระดับนี้ไม่ได้ด้วยการแก้ไขส่วนนี้เพียงอย่างเดียว",
        "แบบวัด EIT ได้ 87.27 ต่ำกว่า 95.00").doesNotContain("[GOOD, PASS]");
    assertThat(Markdown.render(r, Language.EN)).contains(
        "- indicator 8: published 83.18, the lower levels give 83.17; the report uses the published figure");
  }
}
