package io.tellerline.privacy;

import java.util.List;

/**
 * A realistic mix of customer chat messages of about 120 characters, English and German: 30 of 40
 * carry no personal data (amounts, dates, references and codes included, as in real traffic), 10
 * carry one or two items. Written for the benchmark; not the evaluation corpus.
 */
final class ChatMessages {
  static final List<String> MIX =
      List.of(
          "Hi, I'd like to know why my last transfer of 1.250,00 € to my landlord has not arrived yet Thanks a lot in advance!",
          "Hallo, ich möchte wissen, wie hoch mein aktueller Dispositionskredit ist und ob man ihn erhöhen kann Danke und viele Grüße.",
          "Can you tell me what the fee is for a SEPA instant transfer to another bank in the Netherlands? Thank you for your help!",
          "Meine Karte wurde im Automaten eingezogen, Filiale Neumarkt, heute um 14:30. Was muss ich jetzt tun? Grüße. Vielen Dank im Voraus!",
          "I was charged twice for order 48213377 at the online shop on 03.11.2026, please check this for me Many thanks, kind regards.",
          "Warum wurde die Lastschrift vom 01.11. über 89,90 EUR zurückgegeben? Das Konto war doch gedeckt. Danke für Ihre Hilfe!",
          "How long does it take until a new debit card arrives by post? The old one expires at the end of 11/26 Cheers. Thanks a lot in advance!",
          "Ich habe die TAN 482913 bekommen, aber die App sagt, sie sei abgelaufen. Bitte um Hilfe, danke! Danke und viele Grüße.",
          "Is it possible to set up a standing order of 250 euros every month on the 1st to my savings account? Thank you for your help!",
          "Die Überweisung mit Verwendungszweck RE-2026-00871 ist nicht angekommen, können Sie nachsehen? Grüße. Vielen Dank im Voraus!",
          "Hello, my card ending 4242 was declined at the supermarket even though I have enough money on it Many thanks, kind regards.",
          "Gibt es in Köln eine Filiale mit Einzahlautomat, die auch samstags vormittags geöffnet hat? Danke für Ihre Hilfe!",
          "What are your opening hours on Christmas Eve and between the holidays? I need to bring some documents Cheers. Thanks a lot in advance!",
          "Ich möchte mein Tagesgeldkonto kündigen und das Guthaben auf das Girokonto übertragen lassen. Danke und viele Grüße.",
          "The app crashes every time I try to open the statements tab since the last update, on Android 15 Thank you for your help!",
          "Wie kann ich ein Gemeinschaftskonto mit meinem Partner eröffnen und was kostet das im Monat? Grüße. Vielen Dank im Voraus!",
          "Please explain the 12,50 € fee on my statement from October, I thought the account was free Many thanks, kind regards.",
          "Ich will eine Auslandsüberweisung in die Schweiz machen, 3.400 CHF, welche Gebühren fallen an? Danke für Ihre Hilfe!",
          "Could you raise my daily ATM withdrawal limit to 1,000 pounds for my holiday next week please? Cheers. Thanks a lot in advance!",
          "Hallo, seit gestern kann ich mich nicht mehr im Online-Banking anmelden, Fehlercode 0x80040154 Danke und viele Grüße.",
          "Transaction reference TX-2026-883412 shows as pending for five days now, is something wrong? Thank you for your help!",
          "Kann ich meine PIN ändern, ohne in die Filiale zu kommen? Die alte kann ich mir nicht merken. Grüße. Vielen Dank im Voraus!",
          "I'd like to dispute a card payment of $79.99 to a streaming service that I cancelled in September Many thanks, kind regards.",
          "Wie hoch sind die Zinsen für einen Ratenkredit über 15.000 € mit einer Laufzeit von 60 Monaten? Danke für Ihre Hilfe!",
          "Do you offer overdraft protection, and how much interest would I pay on a balance of minus 300? Cheers. Thanks a lot in advance!",
          "Mein Sparplan über 100 € monatlich soll ab Januar pausieren, geht das auch in der App selbst? Danke und viele Grüße.",
          "Where can I find the annual tax certificate for my savings account for the year 2025 in the app? Thank you for your help!",
          "Der Kontoauszug für Oktober fehlt im Postfach, können Sie ihn bitte noch einmal bereitstellen? Grüße. Vielen Dank im Voraus!",
          "Is the branch on Market Street accessible by wheelchair, and is there parking close to it? Many thanks, kind regards.",
          "Bitte rufen Sie mich nicht mehr wegen Versicherungsangeboten an, ich habe daran kein Interesse. Danke für Ihre Hilfe!",
          "Hi, my IBAN is DE89 3704 0044 0532 0130 00, can you confirm the salary payment has arrived today? Cheers. Thanks a lot in advance!",
          "Meine Karte 4111 1111 1111 1111 wurde gestohlen, bitte sofort sperren! Ich bin im Urlaub in Rom. Danke und viele Grüße.",
          "Please update my e-mail address to alice.mueller@example.com, the old one no longer works, thanks Thank you for your help!",
          "Sie erreichen mich tagsüber unter 0170 1234567, bitte rufen Sie wegen des Kredits zurück. Grüße. Vielen Dank im Voraus!",
          "This is Alice Müller, I moved to Hauptstraße 12, 50667 Köln last week, please update my address Danke und viele Grüße.",
          "Kontonummer 0532013000 – warum wurden mir diesen Monat zweimal Kontoführungsgebühren berechnet? Danke für Ihre Hilfe!",
          "I was born on 12 March 1985, but the app shows a different date of birth in my profile settings Cheers. Thanks a lot in advance!",
          "Meine Steuer-ID ist 86095742719, brauchen Sie die für den Freistellungsauftrag der Zinsen? Danke und viele Grüße.",
          "For the W-9 form: my SSN is 078-05-1121, and my phone is (212) 555-0147 if you need to call me Thank you for your help!",
          "Bitte überweisen Sie die Erstattung auf GB29 NWBK 6016 1331 9268 19, das ist mein Konto in London. Grüße. Vielen Dank im Voraus!");

  private ChatMessages() {}
}
