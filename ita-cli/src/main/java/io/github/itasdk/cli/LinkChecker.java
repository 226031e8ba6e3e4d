package io.github.itasdk.cli;

import io.github.itasdk.core.oit.WebAddress;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.net.ssl.SSLException;

/**
 * Resolves the URLs of OIT evidence with Java's HTTP client, at the edge of the SDK (the self-check itself
 * never touches the network): at most {@code concurrency} requests at a time, a timeout per request,
 * redirects followed one by one (at most {@code maxRedirects}) and reported, a {@code HEAD} request — or a
 * {@code GET} of the first byte where {@code HEAD} is refused — and no body read.
 *
 * <pre>{@code
 * List<LinkChecker.Result> r = LinkChecker.of(Duration.ofSeconds(10), 4, 5)
 *     .check(List.of("https://www.tambon.go.th/ita/o1"), Optional.of(WebAddress.of("https://www.tambon.go.th")));
 * }</pre>
 */
public final class LinkChecker {
  /** What became of a URL. */
  public enum Outcome {
    /** Answered 2xx (after redirects within the main website, if any). */
    REACHABLE,
    /** Reached, but a redirect led off the agency's main website. */
    REDIRECTED_OFF_SITE,
    /** 404 or 410. */
    NOT_FOUND,
    /** Another 4xx or 5xx status. */
    HTTP_ERROR,
    /** No answer within the timeout. */
    TIMEOUT,
    /** The TLS handshake failed (certificate, protocol). */
    TLS_ERROR,
    /** No connection (unknown host, refused). */
    UNREACHABLE,
    /** More redirects than allowed, or a redirect without a usable Location. */
    TOO_MANY_REDIRECTS
  }

  /**
   * One URL's result.
   *
   * @param url the URL as entered
   * @param outcome what became of it
   * @param status the last HTTP status, 0 when there was none
   * @param redirects the Location of each redirect followed, in order
   */
  public record Result(String url, Outcome outcome, int status, List<String> redirects) {}

  private final Duration timeout;
  private final int concurrency;
  private final int maxRedirects;

  private LinkChecker(Duration timeout, int concurrency, int maxRedirects) {
    this.timeout = timeout;
    this.concurrency = concurrency;
    this.maxRedirects = maxRedirects;
  }

  /**
   * @param timeout per request (connect and answer), positive
   * @param concurrency requests at a time, 1 or more
   * @param maxRedirects redirects followed per URL, 0 or more
   * @return a checker
   * @throws IllegalArgumentException for a non-positive timeout or concurrency, or negative redirects
   */
  public static LinkChecker of(Duration timeout, int concurrency, int maxRedirects) {
    if (timeout.isNegative() || timeout.isZero() || concurrency < 1 || maxRedirects < 0) {
      throw new IllegalArgumentException("link check needs a positive timeout and concurrency, got timeout ["
          + timeout + "], concurrency [" + concurrency + "], redirects [" + maxRedirects + "]");
    }
    return new LinkChecker(timeout, concurrency, maxRedirects);
  }

  /**
   * @param urls URLs as entered; each distinct well-formed http(s) URL is requested once, others are skipped
   * @param site the agency's main website, for redirects off it
   * @return one result per distinct web URL, in first-seen order
   */
  public List<Result> check(List<String> urls, Optional<WebAddress> site) {
    List<String> distinct = new ArrayList<>(new LinkedHashSet<>(urls.stream()
        .filter(u -> WebAddress.of(u).isWeb()).map(String::strip).toList()));
    HttpClient client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    ExecutorService pool = Executors.newFixedThreadPool(concurrency, r -> {
      Thread t = new Thread(r, "ita-link-check");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<Result>> futures = new ArrayList<>();
      for (String u : distinct) {
        futures.add(pool.submit(() -> resolve(client, u, site)));
      }
      List<Result> out = new ArrayList<>();
      for (Future<Result> f : futures) {
        out.add(f.get());
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("link check interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("link check failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private Result resolve(HttpClient client, String url, Optional<WebAddress> site) {
    List<String> redirects = new ArrayList<>();
    URI current = URI.create(url);
    boolean offSite = false;
    int status = 0;
    try {
      for (int hop = 0; ; hop++) {
        Answer a = request(client, current, "HEAD");
        if (a.status() == 405 || a.status() == 501) {
          a = request(client, current, "GET");
        }
        status = a.status();
        if (status < 300 || status >= 400) {
          break;
        }
        Optional<String> location = a.location();
        if (hop >= maxRedirects || location.isEmpty()) {
          return new Result(url, Outcome.TOO_MANY_REDIRECTS, status, List.copyOf(redirects));
        }
        current = current.resolve(location.get());
        redirects.add(current.toString());
        WebAddress next = WebAddress.of(current.toString());
        if (!next.isWeb()) {
          return new Result(url, Outcome.TOO_MANY_REDIRECTS, status, List.copyOf(redirects));
        }
        if (site.isPresent() && !next.isOn(site.get())) {
          offSite = true;
        }
      }
    } catch (HttpTimeoutException e) {
      return new Result(url, Outcome.TIMEOUT, status, List.copyOf(redirects));
    } catch (IOException e) {
      return new Result(url, tls(e) ? Outcome.TLS_ERROR : Outcome.UNREACHABLE, status, List.copyOf(redirects));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Result(url, Outcome.TIMEOUT, status, List.copyOf(redirects));
    } catch (IllegalArgumentException e) {
      return new Result(url, Outcome.TOO_MANY_REDIRECTS, status, List.copyOf(redirects));
    }
    Outcome o = status == 404 || status == 410 ? Outcome.NOT_FOUND : status >= 400 ? Outcome.HTTP_ERROR
        : offSite ? Outcome.REDIRECTED_OFF_SITE : Outcome.REACHABLE;
    return new Result(url, o, status, List.copyOf(redirects));
  }

  private record Answer(int status, Optional<String> location) {}

  private Answer request(HttpClient client, URI uri, String method) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(timeout).header("User-Agent", "ita-sdk-link-check");
    if (method.equals("GET")) {
      b.GET().header("Range", "bytes=0-0");
    } else {
      b.method("HEAD", HttpRequest.BodyPublishers.noBody());
    }
    HttpResponse<Void> r = client.send(b.build(), HttpResponse.BodyHandlers.discarding());
    return new Answer(r.statusCode(), r.headers().firstValue("Location"));
  }

  private static boolean tls(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SSLException) {
        return true;
      }
      if (t instanceof ConnectException) {
        return false;
      }
    }
    return false;
  }

  /**
   * @param results link results
   * @return how many ended in each outcome, every outcome listed
   */
  public static Map<Outcome, Integer> summary(List<Result> results) {
    Map<Outcome, Integer> m = new EnumMap<>(Outcome.class);
    for (Outcome o : Outcome.values()) {
      m.put(o, 0);
    }
    results.forEach(r -> m.merge(r.outcome(), 1, Integer::sum));
    return m;
  }

  @Override
  public String toString() {
    return "LinkChecker[timeout " + timeout + ", concurrency " + concurrency + ", redirects " + maxRedirects + "]";
  }
}
