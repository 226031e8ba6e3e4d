package io.github.itasdk.core.internal;

import io.github.itasdk.core.rubric.Rubric;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The linear models of one rubric, compiled once per input pattern and kept with the rubric instance (a
 * lazy attribute of the immutable rubric, reached here through a private lookup as {@link CardBuilders}
 * reaches the card's builders). A cohort's agencies share a handful of patterns, so the engine compiles a
 * model a few times per run rather than once per agency. A model depends only on the rubric and the
 * pattern, so a kept one is the one a new compilation would give. Thread-safe; holds at most
 * {@value #MAX} models, and compiles without keeping any beyond that. Not API.
 */
public final class ModelCache {
  /** Patterns kept per rubric: far more than a cohort has (8,300 agencies of FY2566 share a few). */
  static final int MAX = 256;
  private static final MethodHandle OF_RUBRIC = find();

  private final Rubric rubric;
  private final Map<Object, LinearModel> models = new ConcurrentHashMap<>();

  /** @param rubric a validated rubric: made once per rubric instance, by the rubric itself */
  public ModelCache(Rubric rubric) {
    this.rubric = rubric;
  }

  private static MethodHandle find() {
    try {
      return MethodHandles.privateLookupIn(Rubric.class, MethodHandles.lookup())
          .findVirtual(Rubric.class, "models", MethodType.methodType(ModelCache.class));
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** @param rubric a rubric @return the models kept with that rubric instance */
  public static ModelCache of(Rubric rubric) {
    try {
      return (ModelCache) OF_RUBRIC.invokeExact(rubric);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
  }

  /**
   * @param key what determines the pattern, compared with {@code equals}: equal keys must give equal patterns;
   *     null to compile without keeping the model
   * @param pattern the pattern, made only when no model is kept for the key
   * @return the model of the rubric under that pattern
   */
  public LinearModel model(Object key, Supplier<LinearModel.Pattern> pattern) {
    LinearModel m = key == null ? null : models.get(key);
    if (m == null) {
      m = LinearModel.of(rubric, pattern.get());
      if (key != null && models.size() < MAX) {
        LinearModel kept = models.putIfAbsent(key, m);
        m = kept == null ? m : kept;
      }
    }
    return m;
  }

  /** @return how many models are kept */
  int size() {
    return models.size();
  }

  @Override
  public String toString() {
    return "ModelCache[" + rubric.id() + ", " + models.size() + " models]";
  }
}
