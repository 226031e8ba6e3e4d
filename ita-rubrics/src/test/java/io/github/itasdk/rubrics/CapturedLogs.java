package io.github.itasdk.rubrics;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The SLF4J binding of this module's tests: every event at every level, formatted with its arguments and
 * throwable, is kept in memory so that a test can read exactly what the SDK logs.
 */
public final class CapturedLogs implements SLF4JServiceProvider {
  private static final List<String> LINES = new ArrayList<>();
  private final ILoggerFactory loggers = new Loggers();
  private final IMarkerFactory markers = new BasicMarkerFactory();
  private final MDCAdapter mdc = new NOPMDCAdapter();

  /** Forgets what was logged so far. */
  static void clear() {
    synchronized (LINES) {
      LINES.clear();
    }
  }

  /** @return what was logged since {@link #clear()}, one line per event */
  static List<String> lines() {
    synchronized (LINES) {
      return List.copyOf(LINES);
    }
  }

  @Override
  public ILoggerFactory getLoggerFactory() {
    return loggers;
  }

  @Override
  public IMarkerFactory getMarkerFactory() {
    return markers;
  }

  @Override
  public MDCAdapter getMDCAdapter() {
    return mdc;
  }

  @Override
  public String getRequestedApiVersion() {
    return "2.0.99";
  }

  @Override
  public void initialize() {}

  private static final class Loggers implements ILoggerFactory {
    private final ConcurrentMap<String, Logger> byName = new ConcurrentHashMap<>();

    @Override
    public Logger getLogger(String name) {
      return byName.computeIfAbsent(name, Captured::new);
    }
  }

  private static final class Captured extends LegacyAbstractLogger {
    private static final long serialVersionUID = 1L;

    Captured(String name) {
      this.name = name;
    }

    @Override
    public boolean isTraceEnabled() {
      return true;
    }

    @Override
    public boolean isDebugEnabled() {
      return true;
    }

    @Override
    public boolean isInfoEnabled() {
      return true;
    }

    @Override
    public boolean isWarnEnabled() {
      return true;
    }

    @Override
    public boolean isErrorEnabled() {
      return true;
    }

    @Override
    protected String getFullyQualifiedCallerName() {
      return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] args,
        Throwable thrown) {
      String line = level + " " + name + " " + MessageFormatter.basicArrayFormat(pattern, args)
          + (thrown == null ? "" : " " + thrown);
      synchronized (LINES) {
        LINES.add(line);
      }
    }
  }
}
