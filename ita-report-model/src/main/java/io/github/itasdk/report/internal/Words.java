package io.github.itasdk.report.internal;

import io.github.itasdk.core.ItaException;
import io.github.itasdk.core.Label;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The report's wording in Thai and English, from two UTF-8 resource bundles with the same keys. A template's
 * {@code {0}}, {@code {1}} … are replaced by the arguments: a {@link Label} argument gives its text in the
 * template's language, anything else its {@code toString()}.
 *
 * <pre>{@code
 * Words.label("total");                          // คะแนนรวม (Total)
 * Words.format("gap", "e13", "6.60");            // a Label with both sentences filled in
 * }</pre>
 */
public final class Words {
  private static final Map<String, String> TH = load("th");
  private static final Map<String, String> EN = load("en");

  static {
    if (!TH.keySet().equals(EN.keySet())) {
      Set<String> diff = new java.util.TreeSet<>(TH.keySet());
      diff.addAll(EN.keySet());
      diff.removeIf(k -> TH.containsKey(k) && EN.containsKey(k));
      throw new IllegalStateException("words_th and words_en differ in keys " + diff);
    }
  }

  private Words() {}

  private static Map<String, String> load(String lang) {
    String name = "/io/github/itasdk/report/words_" + lang + ".properties";
    try (InputStream in = Words.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, String> m = new HashMap<>();
      p.forEach((k, v) -> m.put((String) k, (String) v));
      return Collections.unmodifiableMap(m);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return every key (the same in both languages) */
  public static Set<String> keys() {
    return TH.keySet();
  }

  /**
   * @param key a key of the bundles
   * @return its Thai and English text
   * @throws ItaException for an unknown key
   */
  public static Label label(String key) {
    return Label.of(text(TH, key), text(EN, key));
  }

  /**
   * @param key a template's key
   * @param args the values for {@code {0}}, {@code {1}} …
   * @return the template filled in, in each language
   * @throws ItaException for an unknown key
   */
  public static Label format(String key, Object... args) {
    return Label.of(fill(text(TH, key), true, args), fill(text(EN, key), false, args));
  }

  private static String text(Map<String, String> m, String key) {
    String s = m.get(key);
    if (s == null) {
      throw new ItaException("No wording for [" + key + "]");
    }
    return s;
  }

  private static String fill(String template, boolean thai, Object[] args) {
    StringBuilder b = new StringBuilder(template.length() + 32);
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      int close = c == '{' ? template.indexOf('}', i) : -1;
      if (close > i + 1 && template.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
        int n = Integer.parseInt(template.substring(i + 1, close));
        Object a = n < args.length ? args[n] : "";
        b.append(a instanceof Label l ? (thai ? l.preferThai() : l.en() != null ? l.en() : l.th()) : String.valueOf(a));
        i = close;
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
