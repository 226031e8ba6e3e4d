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
 * cards (or their JSON) but cannot forge one. The card package's {@link Parts} is looked up once, through
 * a private lookup into {@code core.card} (both packages are in this jar's module), then called directly:
 * no method handle per card (invoked more than a hundred times, each handle had its own bytecode spun at
 * run time, in the middle of a batch). Nothing here changes after class initialisation. Not API.
 */
public final class CardBuilders {
  private static final Parts PARTS = parts();

  /**
   * The card package's builders and fast way to a card's figures (implemented there, where the builders
   * and generated classes can be named): looked up once, then called directly.
   */
  public interface Parts {
    /**
     * @param template a figure made by this class's {@link #figure()} builder
     * @param score its new score, 2 decimals
     * @return the template with that score (the template itself when the score is equal)
     */
    Figure scored(Figure template, BigDecimal score);

    /** @return a new score card builder */
    ScoreCard.Builder scoreCard();

    /** @return a new figure builder */
    Figure.Builder figure();

    /** @return a new warning builder */
    Warning.Builder warning();

    /** @return a new respondent count builder */
    RespondentCount.Builder respondentCount();

    /** @param element the rubric element @param note why it is provisional @return the note */
    ProvisionalNote provisionalNote(String element, String note);
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

  private static MethodHandle find(Class<?> type, String name, MethodType signature) {
    try {
      return MethodHandles.privateLookupIn(type, MethodHandles.lookup()).findStatic(type, name, signature);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** @return a new score card builder */
  public static ScoreCard.Builder scoreCard() {
    return PARTS.scoreCard();
  }

  /** @return a new figure builder */
  public static Figure.Builder figure() {
    return PARTS.figure();
  }

  /** @return a new warning builder */
  public static Warning.Builder warning() {
    return PARTS.warning();
  }

  /** @return a new respondent count builder */
  public static RespondentCount.Builder respondentCount() {
    return PARTS.respondentCount();
  }

  /** @param element the rubric element @param note why it is provisional @return the note */
  public static ProvisionalNote provisionalNote(String element, String note) {
    return PARTS.provisionalNote(element, note);
  }
}
