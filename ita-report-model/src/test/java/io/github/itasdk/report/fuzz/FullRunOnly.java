package io.github.itasdk.report.fuzz;

import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;

/** Skips the full fuzz run unless the {@code fuzz} Maven profile asked for it ({@code -Dita.fuzz=full}). */
public class FullRunOnly implements SkipExecutionHook {
  @Override
  public SkipResult shouldBeSkipped(LifecycleContext context) {
    return "full".equals(System.getProperty("ita.fuzz")) ? SkipResult.doNotSkip()
        : SkipResult.skip("the full fuzz run: mvn -o -B -Pfuzz verify -pl ita-report-model -am");
  }
}
