package io.github.itasdk.cli;

import static io.github.itasdk.cli.MainTest.example;
import static io.github.itasdk.cli.MainTest.ita;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.github.itasdk.cli.LinkChecker.Outcome;
import io.github.itasdk.cli.LinkChecker.Result;
import io.github.itasdk.core.oit.WebAddress;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ita oit check}: the bundled example, and --check-links against a local server started here (never the internet). */
class OitCommandTest {
  static HttpServer server;
  static java.net.ServerSocket plain;
  static ExecutorService pool;
  static String base;
  static final CountDownLatch RELEASE = new CountDownLatch(1);
  static final AtomicInteger HEADS = new AtomicInteger();

  @BeforeAll
  static void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
    pool = Executors.newCachedThreadPool();
    server.setExecutor(pool);
    server.createContext("/ok", x -> {
      if (x.getRequestMethod().equals("HEAD")) {
        HEADS.incrementAndGet();
      }
      x.sendResponseHeaders(200, -1);
      x.close();
    });
    server.createContext("/gone", x -> {
      x.sendResponseHeaders(404, -1);
      x.close();
    });
    server.createContext("/broken", x -> {
      x.sendResponseHeaders(500, -1);
      x.close();
    });
    server.createContext("/moved", x -> {
      x.getResponseHeaders().add("Location", "/ok");
      x.sendResponseHeaders(301, -1);
      x.close();
    });
    server.createContext("/away", x -> {
      x.getResponseHeaders().add("Location", "http://127.0.0.1:" + server.getAddress().getPort() + "/ok");
      x.sendResponseHeaders(302, -1);
      x.close();
    });
    server.createContext("/loop", x -> {
      x.getResponseHeaders().add("Location", "/loop");
      x.sendResponseHeaders(302, -1);
      x.close();
    });
    server.createContext("/nohead", x -> {
      boolean head = x.getRequestMethod().equals("HEAD");
      x.sendResponseHeaders(head ? 405 : 200, -1);
      x.close();
    });
    server.createContext("/slow", x -> {
      try {
        RELEASE.await(20, TimeUnit.SECONDS); // answers only when the test ends: the client gives up first
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      x.sendResponseHeaders(200, -1);
      x.close();
    });
    server.start();
    base = "http://localhost:" + server.getAddress().getPort();
    // not TLS: answers a TLS handshake with plain HTTP, so the client's handshake fails
    plain = new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
    pool.submit(() -> {
      while (!plain.isClosed()) {
        try (java.net.Socket s = plain.accept()) {
          s.getOutputStream().write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
          // closed at the end of the test
        }
      }
    });
  }

  @AfterAll
  static void stop() {
    RELEASE.countDown();
    server.stop(0);
    try {
      plain.close();
    } catch (IOException e) {
      // already closed
    }
    pool.shutdownNow();
  }

  @Test
  void theExampleInThai() {
    MainTest.Run r = ita("oit", "check", example("oit-check-2566.json"));
    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).startsWith("การตรวจ OIT ด้วยตนเองก่อนส่ง: เทศบาลตำบลตัวอย่าง (made-up) (ITA-2566)\n"
        + "เว็บไซต์หลัก: https://www.tambon-tuayang.example\n")
        .contains("o2 ข้อมูลผู้บริหาร\n  ✗ ยังไม่แสดง: รูปถ่าย, ช่องทางการติดต่อ\n")
        .contains("  ✗ ข้อมูลเป็นของปี 2565 แต่ข้อนี้ต้องเป็นข้อมูลของปี 2566\n")
        .contains("  ! ไม่ได้ระบุปีของข้อมูล ข้อนี้ต้องเป็นข้อมูลอย่างน้อย 6 เดือนแรกของปี 2566\n")
        .contains("คะแนน OIT: 91.75 ตามที่ตอบ → 86.00 ถ้าข้อทักท้วงเป็นจริง\n")
        .contains("คะแนนรวม: 91.13 ตามที่ตอบ → 88.83 ถ้าข้อทักท้วงเป็นจริง\n")
        .contains("  1. o43 การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน +2.50\n")
        .doesNotContain("ELEMENTS_MISSING", "Excellent");
  }

  @Test
  void theExampleInEnglishAndAsJson() throws IOException {
    MainTest.Run en = ita("oit", "check", example("oit-check-2566.json"), "--lang", "en");
    assertThat(en.out()).contains("o13 annual performance report\n  ✗ the URL https://drive.google.com/file/d/"
        + "made-up-annual-report-2565 is not on the agency's main website (https://www.tambon-tuayang.example)\n")
        .contains("OIT score: 91.75 as answered → 86.00 if the objections hold\n");
    MainTest.Run json = ita("oit", "check", example("oit-check-2566.json"), "--format", "json");
    JsonNode doc = new ObjectMapper().readTree(json.out());
    assertThat(doc.at("/review/check/findings")).hasSize(10);
    assertThat(doc.at("/review/check/findings/0/rule").asText()).isEqualTo("EXCLUSION_NOT_ALLOWED");
    assertThat(doc.at("/review/check/findings/0/location").asText()).isEqualTo("$.oit[0].excluded");
    assertThat(doc.at("/review/check/projectedOit").decimalValue()).isEqualByComparingTo("86.00");
    assertThat(doc.at("/review/fixOrder/0/id").asText()).isEqualTo("o43");
    assertThat(doc.has("links")).isFalse();
  }

  @Test
  void usageErrors() {
    assertThat(ita("oit", example("oit-check-2566.json")).err()).startsWith("ita oit: give: oit check FILE\n");
    MainTest.Run lang = ita("oit", "check", example("oit-check-2566.json"), "--lang", "fr");
    assertThat(lang.status()).isEqualTo(Main.USAGE);
    assertThat(lang.err()).startsWith("ita oit: unknown language [fr] (valid: th, en)");
    assertThat(ita("oit", "check", example("oit-check-2566.json"), "--check-links", "--timeout", "0").err())
        .startsWith("ita oit: --timeout must be a whole number 1 or more, got [0]");
  }

  @Test
  void anUnreadableOitEntryIsAnInputErrorWithItsFile(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("bad.json");
    Files.writeString(f, "{\"rubric\":\"ITA-2566\",\"oit\":[{\"item\":\"o99\",\"answer\":true}]}", StandardCharsets.UTF_8);
    MainTest.Run r = ita("oit", "check", f.toString());
    assertThat(r.status()).isEqualTo(Main.INVALID);
    assertThat(r.err()).contains(f + ": $.oit[0].item: unknown OIT item [o99] in ITA-2566");
  }

  @Test
  void linksAreResolvedWithRedirectsAndFailuresReported() {
    int port = server.getAddress().getPort();
    List<Result> r = LinkChecker.of(Duration.ofMillis(700), 3, 3).check(List.of(
        base + "/ok", base + "/ok", base + "/gone", base + "/broken", base + "/moved", base + "/away", base + "/loop",
        base + "/nohead", base + "/slow", "https://localhost:" + plain.getLocalPort() + "/ok", "http://localhost:1/ok", "not a url"),
        Optional.of(WebAddress.of(base)));
    assertThat(r).extracting(Result::url, Result::outcome).containsExactly(
        org.assertj.core.groups.Tuple.tuple(base + "/ok", Outcome.REACHABLE),
        org.assertj.core.groups.Tuple.tuple(base + "/gone", Outcome.NOT_FOUND),
        org.assertj.core.groups.Tuple.tuple(base + "/broken", Outcome.HTTP_ERROR),
        org.assertj.core.groups.Tuple.tuple(base + "/moved", Outcome.REACHABLE),
        org.assertj.core.groups.Tuple.tuple(base + "/away", Outcome.REDIRECTED_OFF_SITE),
        org.assertj.core.groups.Tuple.tuple(base + "/loop", Outcome.TOO_MANY_REDIRECTS),
        org.assertj.core.groups.Tuple.tuple(base + "/nohead", Outcome.REACHABLE),
        org.assertj.core.groups.Tuple.tuple(base + "/slow", Outcome.TIMEOUT),
        org.assertj.core.groups.Tuple.tuple("https://localhost:" + plain.getLocalPort() + "/ok", Outcome.TLS_ERROR),
        org.assertj.core.groups.Tuple.tuple("http://localhost:1/ok", Outcome.UNREACHABLE));
    assertThat(r.get(3).redirects()).containsExactly(base + "/ok");
    assertThat(r.get(4).redirects()).containsExactly("http://127.0.0.1:" + port + "/ok");
    assertThat(r.get(4).status()).isEqualTo(200);
    assertThat(r.get(5).redirects()).hasSize(3);
    assertThat(LinkChecker.summary(r)).containsEntry(Outcome.REACHABLE, 3).containsEntry(Outcome.TIMEOUT, 1)
        .containsEntry(Outcome.NOT_FOUND, 1).hasSize(Outcome.values().length);
  }

  @Test
  void checkLinksFromTheCommand(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("links.json");
    Files.writeString(f, "{\"rubric\":\"ITA-2564\",\"agency\":{\"name\":\"x\",\"website\":\"" + base + "\"},\"oit\":["
        + "{\"item\":\"o1\",\"answer\":true,\"evidence\":{\"urls\":[\"" + base + "/ok\"],\"explanation\":\"x\"}},"
        + "{\"item\":\"o2\",\"answer\":true,\"evidence\":{\"urls\":[\"" + base + "/gone\"],\"explanation\":\"x\"}}]}",
        StandardCharsets.UTF_8);
    MainTest.Run th = ita("oit", "check", f.toString(), "--check-links", "--timeout", "5");
    assertThat(th.status()).isZero();
    assertThat(th.out()).contains("\nตรวจลิงก์แล้ว 2 ลิงก์\n  เข้าถึงได้: 1\n  ไม่พบหน้า (404): 1\n  " + base
        + "/gone: ไม่พบหน้า (404) (HTTP 404)\n");
    MainTest.Run json = ita("oit", "check", f.toString(), "--check-links", "--format", "json", "--lang", "en");
    assertThat(json.out()).contains("\"linkSummary\"").contains("\"NOT_FOUND\" : 1");
    MainTest.Run off = ita("oit", "check", f.toString(), "--lang", "en");
    assertThat(off.out()).doesNotContain("Links checked");
  }

  @Test
  void noRequestWithoutCheckLinks(@TempDir Path dir) throws IOException {
    int before = HEADS.get();
    Path f = dir.resolve("quiet.json");
    Files.writeString(f, "{\"rubric\":\"ITA-2564\",\"agency\":{\"name\":\"x\",\"website\":\"" + base + "\"},\"oit\":["
        + "{\"item\":\"o1\",\"answer\":true,\"evidence\":{\"urls\":[\"" + base + "/ok\"],\"explanation\":\"x\"}}]}",
        StandardCharsets.UTF_8);
    assertThat(ita("oit", "check", f.toString()).status()).isZero();
    assertThat(HEADS.get()).isEqualTo(before);
    assertThat(Map.of()).isEmpty();
  }

  @Test
  void theAnalysisReportCanCarryTheFindings() {
    MainTest.Run r = ita("report", example("made-up-municipality-2566.json"), "--oit-check");
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("## ผลการตรวจ OIT ด้วยตนเอง: ข้อที่ผู้ประเมินอาจทักท้วง\n\n"
        + "- o1 โครงสร้าง: ตอบว่ามี แต่ไม่ได้ใส่ URL ของข้อมูล (ข้อนี้จะได้ 0 คะแนน)\n");
    assertThat(ita("report", example("made-up-municipality-2566.json")).out()).doesNotContain("ตรวจ OIT ด้วยตนเอง");
  }
}
