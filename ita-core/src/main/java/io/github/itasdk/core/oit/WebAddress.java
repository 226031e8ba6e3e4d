package io.github.itasdk.core.oit;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * A URL as an agency enters it, read without touching the network: whether it is well formed, whether it
 * is http or https, and whether it lies on the agency's main website (the same host, ignoring a leading
 * {@code www.} and letter case, or a sub-domain of it).
 *
 * <pre>{@code
 * WebAddress a = WebAddress.of("https://www.tambon.go.th/news");
 * a.isWellFormed();                  // true
 * a.isOn(WebAddress.of("https://tambon.go.th"));   // true
 * }</pre>
 */
public final class WebAddress {
  private final String text;
  private final URI uri;

  private WebAddress(String text, URI uri) {
    this.text = text;
    this.uri = uri;
  }

  /** @param text the URL as entered (surrounding spaces ignored) @return the address, well formed or not */
  public static WebAddress of(String text) {
    String t = text.strip();
    URI u;
    try {
      u = new URI(t);
    } catch (URISyntaxException e) {
      u = null;
    }
    if (u != null && u.isAbsolute() && isWeb(u) && (u.getHost() == null || u.getHost().isEmpty())) {
      u = null; // "https:/x", "http://" — web scheme without a host
    }
    return new WebAddress(t, u);
  }

  private static boolean isWeb(URI u) {
    String s = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
    return s.equals("http") || s.equals("https");
  }

  /** @return false when the text cannot be read as a URL at all (spaces, bad characters, a web URL without host) */
  public boolean isWellFormed() {
    return uri != null;
  }

  /** @return true when it is an absolute http or https URL with a host */
  public boolean isWeb() {
    return uri != null && uri.isAbsolute() && isWeb(uri);
  }

  /** @return the host in lower case without a leading {@code www.}, when it is a web address */
  public Optional<String> site() {
    if (!isWeb()) {
      return Optional.empty();
    }
    String h = uri.getHost().toLowerCase(Locale.ROOT);
    return Optional.of(h.startsWith("www.") ? h.substring(4) : h);
  }

  /**
   * @param mainWebsite the agency's main website
   * @return true when both are web addresses and this one's host is the main site's or a sub-domain of it
   */
  public boolean isOn(WebAddress mainWebsite) {
    Optional<String> mine = site();
    Optional<String> main = mainWebsite.site();
    return mine.isPresent() && main.isPresent()
        && (mine.get().equals(main.get()) || mine.get().endsWith("." + main.get()));
  }

  /** @return the URI, when well formed */
  public Optional<URI> uri() {
    return Optional.ofNullable(uri);
  }

  /** @return the text as entered, stripped */
  public String text() {
    return text;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WebAddress w && w.text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return text;
  }
}
