package io.tellerline.nlu.sentiment;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Word families that carry anger or exasperation in English and German, each a cue feature for the
 * word model. With a few hundred angry examples the model cannot learn every inflection and synonym
 * ("lächerlich", "lächerliche", "ridiculous"); a family shares what it learns from one member with
 * the others. The families name what is said (insult, exasperation, repetition, threat to leave),
 * never how it is written, so a calm "BLOCK MY CARD NOW" stays calm.
 */
final class FrustrationLexicon {

  private record Family(String name, Pattern pattern) {}

  private static final List<Family> FAMILIES =
      List.of(
          family(
              "insult",
              "useless|incompetent|pathetic|stupid|dumb|idiot|garbage|rubbish|crap|trash|joke"
                  + "|clowns?|scam|rip.?off|disgrac|disgust|nutzlos|unfahig|inkompetent|erbarmlich"
                  + "|dumm|bloed|blod|idiot|mull|schrott|mist|scheiss|saftladen|witz|verarsch"
                  + "|betrug|abzocke|sauerei|frechheit|unverschamt|katastroph|unterirdisch"),
          family(
              "exasperation",
              "ridiculous|unacceptable|unbelievable|outrageous|absurd|insane|nightmare|enough"
                  + "|fed up|sick of|tired of|had it|done with|waste of|wasting|annoy|frustrat"
                  + "|furious|angry|livid|pissed|hate|worst|terrible|awful|horrible|lacherlich"
                  + "|inakzeptabel|unglaublich|unmoglich|albtraum|reicht|satt|nerv|genervt"
                  + "|zeitverschwendung|wutend|sauer|stinksauer|hasse|schlechteste|furchtbar"
                  + "|schrecklich|faxen|kragen|verzweifel|am ende|theater|zumutung|shambles"
                  + "|shocking|disappoint|hopeless|infuriat|fuming|ashamed|robbery|enttausch"
                  + "|skandal|schande|wucher|quatsch|hoffnungslos|verbockt|so leid|wut"),
          family(
              "repetition",
              "again|still|(third|fourth|fifth|3rd|4th|5th|\\d+ ?th) time|how many times|every time"
                  + "|every single|nobody|no one|never|for (days|weeks|months)|schon wieder|immer noch"
                  + "|wie oft|(dritte|vierte|funfte|x-te)n? mal|jedes mal|keiner|niemand|nie "
                  + "|seit (tagen|wochen|monaten|\\d+)"),
          family(
              "leaving",
              "clos\\w* my account|switch(ing)? banks?|leav\\w* (this|your) bank|ombudsman|lawyer"
                  + "|regulator|kundig\\w* (das|mein)|konto auflos|bank wechsel|wechsle die bank"
                  + "|anwalt|schlichtungsstelle|bafin|verbraucherzentrale"),
          family(
              "sarcasm",
              "thanks for nothing|great job|brilliant|well done|oh great|wow|danke fur nichts"
                  + "|danke auch|ganz toll|na super|na toll|reizend|klasse gemacht|merkt man"));

  private FrustrationLexicon() {}

  private static Family family(String name, String alternatives) {
    return new Family(name, Pattern.compile("(^|[^\\p{L}])(" + alternatives + ")"));
  }

  /** One cue per family the message draws on, e.g. {@code __anger_insult}. */
  static List<String> cues(String text) {
    String folded = fold(text);
    List<String> cues = new ArrayList<>();
    for (Family family : FAMILIES) {
      if (family.pattern().matcher(folded).find()) {
        cues.add("__anger_" + family.name());
      }
    }
    return cues;
  }

  /** Lower case, umlauts and accents folded ("ü" and "ue" become "u"), so typed variants meet. */
  static String fold(String text) {
    String lower =
        text.toLowerCase(Locale.ROOT)
            .replace("ä", "a")
            .replace("ö", "o")
            .replace("ü", "u")
            .replace("ae", "a")
            .replace("oe", "o")
            .replace("ue", "u")
            .replace("ß", "ss");
    return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
  }
}
