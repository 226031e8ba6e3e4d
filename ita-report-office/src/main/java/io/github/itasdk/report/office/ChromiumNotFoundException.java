package io.github.itasdk.report.office;

import java.io.IOException;

/**
 * No Chromium to print the PDF with. The message says how to install one or point to it; no file is
 * written.
 */
public final class ChromiumNotFoundException extends IOException {
  private static final long serialVersionUID = 1L;

  /** How to get a Chromium, as every message of this exception ends. */
  static final String HOW = "Install it (Debian/Ubuntu: apt-get install chromium fonts-thai-tlwg; other systems: "
      + "Chromium or Google Chrome) or give its path with --chromium PATH or the " + Pdf.ENV
      + " environment variable.";

  ChromiumNotFoundException(String message) {
    super(message);
  }
}
