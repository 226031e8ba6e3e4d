package io.github.itasdk.core;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Says on the console which test was skipped and why: Surefire's console counts skipped tests but does not
 * give the reason. Registered through META-INF/services; the parent POM puts ita-core's test classes on
 * every module's test class path, so every module's skips are named.
 */
public final class SkipReasons implements TestExecutionListener {
  @Override
  public void executionSkipped(TestIdentifier test, String reason) {
    System.out.println("SKIPPED " + name(test) + ": " + reason);
  }

  @Override
  public void executionFinished(TestIdentifier test, TestExecutionResult result) {
    if (result.getStatus() == TestExecutionResult.Status.ABORTED) { // an assumption did not hold
      System.out.println("SKIPPED " + name(test) + ": "
          + result.getThrowable().map(Throwable::getMessage).orElse("aborted"));
    }
  }

  private static String name(TestIdentifier test) {
    TestSource source = test.getSource().orElse(null);
    if (source instanceof MethodSource m) {
      return m.getClassName().replaceFirst("^.*\\.", "") + "." + m.getMethodName();
    }
    if (source instanceof ClassSource c) {
      return c.getClassName().replaceFirst("^.*\\.", "");
    }
    return test.getDisplayName();
  }
}
