package io.github.itasdk.report.office;

import io.github.itasdk.report.AnalysisReport;
import io.github.itasdk.report.render.Html;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Prints the analysis report's HTML page to PDF (A4, from the page's print style sheet) with headless
 * Chromium, which embeds the Thai fonts it uses. Chromium is the one given, or {@value #ENV} when set, or
 * the first of {@code chromium}, {@code chromium-browser}, {@code google-chrome}, {@code
 * google-chrome-stable} on the {@code PATH}.
 *
 * <pre>{@code
 * byte[] pdf = Pdf.find().print(report);      // throws ChromiumNotFoundException when there is none
 * Files.write(Path.of("report.pdf"), pdf);
 * }</pre>
 *
 * <p>Each print runs in a fresh temporary profile that is deleted afterwards, with networking, sync, updates
 * and the GPU off; the page has no external resources.
 */
public final class Pdf {
  /** The environment variable that names the Chromium executable. */
  public static final String ENV = "ITA_CHROMIUM";
  private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome",
      "google-chrome-stable");
  private static final long TIMEOUT_SECONDS = 120;

  private final Path chromium;

  private Pdf(Path chromium) {
    this.chromium = chromium;
  }

  /**
   * @param chromium the Chromium (or Chrome) executable
   * @return a printer using it
   * @throws ChromiumNotFoundException when it is not an executable file
   */
  public static Pdf withChromium(Path chromium) throws ChromiumNotFoundException {
    if (!Files.isRegularFile(chromium) || !Files.isExecutable(chromium)) {
      throw new ChromiumNotFoundException("Chromium not found at " + chromium + " (not an executable file). "
          + ChromiumNotFoundException.HOW);
    }
    return new Pdf(chromium);
  }

  /**
   * @return a printer using the Chromium of {@value #ENV} or the {@code PATH}
   * @throws ChromiumNotFoundException when there is none (the message says how to install it)
   */
  public static Pdf find() throws ChromiumNotFoundException {
    return find(System.getenv());
  }

  static Pdf find(Map<String, String> env) throws ChromiumNotFoundException {
    Optional<Path> c = locate(env);
    if (c.isEmpty()) {
      throw new ChromiumNotFoundException("Chromium not found: the PDF is printed by headless Chromium. "
          + ChromiumNotFoundException.HOW);
    }
    return withChromium(c.get());
  }

  /**
   * @param env the environment ({@value #ENV}, {@code PATH})
   * @return the Chromium executable named by {@value #ENV}, else the first on {@code PATH}; empty when none
   */
  public static Optional<Path> locate(Map<String, String> env) {
    String explicit = env.get(ENV);
    if (explicit != null && !explicit.isBlank()) {
      return Optional.of(Path.of(explicit));
    }
    for (String name : NAMES) {
      for (String dir : env.getOrDefault("PATH", "").split(File.pathSeparator)) {
        if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name)) && Files.isRegularFile(Path.of(dir, name))) {
          return Optional.of(Path.of(dir, name));
        }
      }
    }
    return Optional.empty();
  }

  /** @return the Chromium executable this printer runs */
  public Path chromium() {
    return chromium;
  }

  /**
   * @param report a report
   * @return its HTML page ({@link Html#render(AnalysisReport)}) printed to PDF
   * @throws IOException when Chromium fails or produces no PDF (the message carries the end of its log)
   */
  public byte[] print(AnalysisReport report) throws IOException {
    return printHtml(Html.render(report));
  }

  /**
   * @param html a standalone HTML document
   * @return the document printed to PDF
   * @throws IOException when Chromium fails or produces no PDF (the message carries the end of its log)
   */
  public byte[] printHtml(String html) throws IOException {
    Path dir = Files.createTempDirectory("ita-pdf");
    try {
      Path page = dir.resolve("report.html");
      Path pdf = dir.resolve("report.pdf");
      Path log = dir.resolve("chromium.log");
      Files.writeString(page, html, StandardCharsets.UTF_8);
      List<String> cmd = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
          "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
          "--disable-sync", "--disable-extensions", "--disable-dev-shm-usage", "--no-pdf-header-footer",
          "--user-data-dir=" + dir.resolve("profile"), "--print-to-pdf=" + pdf, page.toUri().toString()));
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      boolean done;
      try {
        done = p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        p.destroyForcibly();
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while Chromium printed the PDF", e);
      }
      if (!done) {
        p.destroyForcibly();
        throw new IOException("Chromium did not finish printing the PDF within " + TIMEOUT_SECONDS + " s" + tail(log));
      }
      byte[] bytes = Files.exists(pdf) ? Files.readAllBytes(pdf) : new byte[0];
      if (bytes.length < 5 || !new String(bytes, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-")) {
        throw new IOException("Chromium (" + chromium + ") produced no PDF (exit code " + p.exitValue() + ")" + tail(log));
      }
      return bytes;
    } finally {
      deleteTree(dir);
    }
  }

  private static String tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return lines.isEmpty() ? "" : "; its last lines: " + String.join(" | ",
          lines.subList(Math.max(0, lines.size() - 5), lines.size()));
    } catch (IOException e) {
      return "";
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(x -> x.toFile().delete());
    } catch (IOException e) {
      // a temporary directory left behind is not worth failing the print for
    }
  }

  @Override
  public String toString() {
    return "Pdf[" + chromium + "]";
  }
}
