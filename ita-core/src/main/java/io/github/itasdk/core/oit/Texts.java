package io.github.itasdk.core.oit;

import io.github.itasdk.core.Label;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** The self-check's texts, from the OitFindings resource bundles (Thai and English); Label arguments are localised. */
final class Texts {
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
  private static final String NAME = "io.github.itasdk.core.oit.OitFindings";
  private static final ResourceBundle EN = ResourceBundle.getBundle(NAME, Locale.ROOT, NO_FALLBACK);
  private static final ResourceBundle TH = ResourceBundle.getBundle(NAME, Locale.forLanguageTag("th"), NO_FALLBACK);

  private Texts() {}

  static Label label(String key, Object... args) {
    return new Label(format(TH, true, key, args), format(EN, false, key, args));
  }

  private static String format(ResourceBundle b, boolean thai, String key, Object... args) {
    Object[] local = Arrays.stream(args).map(a -> a instanceof Label l ? (thai ? l.preferThai() : l.en() == null
        ? l.th() : l.en()) : a).toArray();
    return new MessageFormat(b.getString(key), Locale.ROOT).format(local);
  }

  /** @return the labels joined with the bundle's separator, per language */
  static Label join(List<Label> labels) {
    String sepTh = TH.getString("list.separator");
    String sepEn = EN.getString("list.separator");
    return new Label(String.join(sepTh, labels.stream().map(Label::preferThai).toList()),
        String.join(sepEn, labels.stream().map(l -> l.en() == null ? l.th() : l.en()).toList()));
  }

  static String plain(String key) {
    return EN.getString(key);
  }
}
