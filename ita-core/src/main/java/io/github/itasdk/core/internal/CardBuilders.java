package io.github.itasdk.core.internal;

import io.github.itasdk.core.card.Figure;
import io.github.itasdk.core.card.ProvisionalNote;
import io.github.itasdk.core.card.RespondentCount;
import io.github.itasdk.core.card.ScoreCard;
import io.github.itasdk.core.card.Warning;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.math.BigDecimal;

/**
 * The engine's way to the builders of the score card and its parts, which are not public: a caller reads
 * cards (or their JSON) but cannot forge one. The builders are looked up once, through a private lookup
 * into {@code core.card} (both packages are in this jar's module); nothing here changes after class
 * initialisation. Not API.
 */
public final class CardBuilders {
  private static final MethodHandle SCORE_CARD = builder(ScoreCard.class, ScoreCard.Builder.class);
  private static final MethodHandle FIGURE = builder(Figure.class, Figure.Builder.class);
  private static final MethodHandle WARNING = builder(Warning.class, Warning.Builder.class);
  private static final MethodHandle RESPONDENT_COUNT = builder(RespondentCount.class, RespondentCount.Builder.class);
  private static final MethodHandle PROVISIONAL_NOTE = find(ProvisionalNote.class, "of",
      MethodType.methodType(ProvisionalNote.class, String.class, String.class));
  private static final Parts PARTS = parts();

  /**
   * The card package's fast way to a card's figures (implemented there, where the generated classes can be
   * named): looked up once, then called directly, without a method handle per call.
   */
  public interface Parts {
    /**
     * @param template a figure made by this class's {@link #figure()} builder
     * @param score its new score, 2 decimals
     * @return the template with that score (the template itself when the score is equal)
     */
    Figure scored(Figure template, BigDecimal score);
  }

  private CardBuilders() {}

  private static Parts parts() {
    try {
      return (Parts) find(ScoreCard.class, "parts", MethodType.methodType(Parts.class)).invokeExact();
    } catch (Throwable t) {
      throw new ExceptionInInitializerError(t);
    }
  }

  /** @return the card package's fast way to a card's figures */
  public static Parts cardParts() {
    return PARTS;
  }

  private static MethodHandle builder(Class<?> type, Class<?> builder) {
    return find(type, "builder", MethodType.methodType(builder));
  }

  private static MethodHandle find(Class<?> type, String name, MethodType signature) {
    try {
      return MethodHandles.privateLookupIn(type, MethodHandles.lookup()).findStatic(type, name, signature);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** @return a new score card builder */
  public static ScoreCard.Builder scoreCard() {
    try {
      return (ScoreCard.Builder) SCORE_CARD.invokeExact();
    } catch (Throwable t) {
      throw rethrown(t);
    }
  }

  /** @return a new figure builder */
  public static Figure.Builder figure() {
    try {
      return (Figure.Builder) FIGURE.invokeExact();
    } catch (Throwable t) {
      throw rethrown(t);
    }
  }

  /** @return a new warning builder */
  public static Warning.Builder warning() {
    try {
      return (Warning.Builder) WARNING.invokeExact();
    } catch (Throwable t) {
      throw rethrown(t);
    }
  }

  /** @return a new respondent count builder */
  public static RespondentCount.Builder respondentCount() {
    try {
      return (RespondentCount.Builder) RESPONDENT_COUNT.invokeExact();
    } catch (Throwable t) {
      throw rethrown(t);
    }
  }

  /** @param element the rubric element @param note why it is provisional @return the note */
  public static ProvisionalNote provisionalNote(String element, String note) {
    try {
      return (ProvisionalNote) PROVISIONAL_NOTE.invokeExact(element, note);
    } catch (Throwable t) {
      throw rethrown(t);
    }
  }

  /** Exact invocations (no argument boxing or type adaptation per call): what a call may throw, unchecked. */
  private static RuntimeException rethrown(Throwable t) {
    if (t instanceof RuntimeException e) {
      return e;
    }
    if (t instanceof Error e) {
      throw e;
    }
    return new IllegalStateException(t);
  }
}
