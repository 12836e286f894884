package io.tellerline.conversation.infrastructure;

import io.tellerline.conversation.application.DataExportRenderer;
import io.tellerline.platform.infrastructure.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The readable copy of a customer's data: the same JSON document, laid out as an A4 PDF (profile,
 * each conversation with its messages, the assistant's decisions and what they rest on, ratings,
 * consents, dismissed insights, product offers, staff reveals), labelled in her language.
 */
@ApplicationScoped
public class PdfDataExportRenderer implements DataExportRenderer {

  private static final float[] COLUMNS = {0, 120, 250, 330};
  private static final int[] CLIP_AT = {22, 24, 14, 40};

  @Override
  public byte[] render(JsonObject document, Locale language) {
    ResourceBundle words =
        ResourceBundle.getBundle(
            "io.tellerline.conversation.infrastructure.DataExportLabels",
            language,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    try (var pdf = new org.apache.pdfbox.pdmodel.PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      pdf.getDocumentInformation().setTitle(words.getString("title"));
      pdf.getDocumentInformation().setCreator("Tellerline");
      PdfWriter writer = new PdfWriter(pdf, COLUMNS, CLIP_AT);
      writer.title(words.getString("title"));
      writer.paragraph(10, 0, words.getString("intro"));
      writer.text(10, words.getString("generated") + ": " + document.getString("generatedAt"));
      profile(writer, words, document.getJsonObject("profile"));
      conversations(writer, words, document);
      decisions(writer, words, document);
      section(
          writer,
          words,
          document,
          "ratings",
          rating ->
              words
                  .getString("rating.line")
                  .formatted(
                      rating.getInt("score"),
                      rating.getString("ratedAt", ""),
                      rating.getString("comment", "")));
      section(
          writer,
          words,
          document,
          "consents",
          consent ->
              consent.getString("decidedAt")
                  + "  "
                  + consent.getString("purpose")
                  + ": "
                  + consent.getString("decision")
                  + " ("
                  + consent.getString("textVersion")
                  + ")");
      section(
          writer,
          words,
          document,
          "insightDismissals",
          dismissal ->
              words
                  .getString("insightDismissals.line")
                  .formatted(
                      dismissal.getString("dismissedAt"),
                      dismissal.getString("kind"),
                      dismissal.getString("ruleVersion"),
                      dismissal.getString("feedback")));
      section(
          writer,
          words,
          document,
          "productOffers",
          offer ->
              words
                  .getString("productOffers.line")
                  .formatted(
                      offer.getString("offeredAt"),
                      offer.getString("product"),
                      offer.getString("ruleVersion"),
                      offer.containsKey("decision")
                          ? offer.getString("decision") + ", " + offer.getString("decidedAt")
                          : words.getString("productOffers.open")));
      section(
          writer,
          words,
          document,
          "staffReveals",
          reveal ->
              words
                  .getString("staffReveals.line")
                  .formatted(
                      reveal.getString("revealedAt"),
                      reveal.getString("staff"),
                      reveal.getString("valueType"),
                      reveal.getString("reason")));
      writer.close();
      pdf.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("data export could not be rendered", e);
    }
  }

  private static void profile(PdfWriter writer, ResourceBundle words, JsonObject profile)
      throws IOException {
    writer.gap();
    writer.heading(words.getString("profile"));
    writer.text(10, words.getString("name") + ": " + profile.getString("name"));
    writer.text(10, words.getString("customerNumber") + ": " + profile.getString("customerNumber"));
    writer.text(10, words.getString("language") + ": " + profile.getString("preferredLanguage"));
    JsonValue address = profile.get("postalAddress");
    if (address instanceof JsonObject postal) {
      writer.text(
          10,
          words.getString("address")
              + ": "
              + postal.getString("street")
              + ", "
              + postal.getString("postcode")
              + " "
              + postal.getString("city"));
    }
    for (JsonObject contact : profile.getJsonArray("contacts").getValuesAs(JsonObject.class)) {
      writer.text(10, contact.getString("channel") + ": " + contact.getString("value"));
    }
    for (JsonObject account : profile.getJsonArray("accounts").getValuesAs(JsonObject.class)) {
      writer.text(
          10,
          words.getString("account")
              + ": "
              + account.getString("product")
              + ", IBAN "
              + account.getString("iban"));
    }
  }

  private static void conversations(PdfWriter writer, ResourceBundle words, JsonObject document)
      throws IOException {
    writer.gap();
    writer.heading(words.getString("conversations"));
    var conversations = document.getJsonArray("conversations").getValuesAs(JsonObject.class);
    if (conversations.isEmpty()) {
      writer.text(10, words.getString("none"));
    }
    Map<String, String> authors =
        Map.of(
            "CUSTOMER", words.getString("author.customer"),
            "ASSISTANT", words.getString("author.assistant"),
            "STAFF", words.getString("author.staff"),
            "SYSTEM", words.getString("author.system"));
    for (JsonObject conversation : conversations) {
      writer.gap();
      writer.text(
          11,
          words.getString("conversation")
              + " "
              + conversation.getString("startedAt")
              + " ("
              + conversation.getString("status")
              + ")");
      for (JsonObject message :
          conversation.getJsonArray("messages").getValuesAs(JsonObject.class)) {
        String author =
            authors.getOrDefault(message.getString("author"), message.getString("author"));
        writer.paragraph(9, 0, message.getString("createdAt") + "  " + author + ":");
        writer.paragraph(10, 12, message.getString("text"));
      }
    }
  }

  private static void decisions(PdfWriter writer, ResourceBundle words, JsonObject document)
      throws IOException {
    writer.gap();
    writer.heading(words.getString("assistantDecisions"));
    writer.paragraph(9, 0, words.getString("assistantDecisions.about"));
    var decisions = document.getJsonArray("assistantDecisions").getValuesAs(JsonObject.class);
    if (decisions.isEmpty()) {
      writer.text(10, words.getString("none"));
      return;
    }
    writer.row(
        true,
        words.getString("when"),
        words.getString("intent"),
        words.getString("confidence"),
        words.getString("verdict"));
    for (JsonObject decision : decisions) {
      JsonObject policy = decision.getJsonObject("policy");
      writer.row(
          false,
          decision.getString("occurredAt"),
          decision.getString("intent", ""),
          decision.get("confidence") instanceof JsonNumber number
              ? String.format(Locale.ROOT, "%.2f", number.doubleValue())
              : "",
          (policy == null ? "" : policy.getString("verdict", "") + " ")
              + decision.getString("outcome", decision.getString("result", ""))
              + "  "
              + decision.getString("modelVersion", ""));
    }
  }

  private interface Line {
    String of(JsonObject entry);
  }

  private static void section(
      PdfWriter writer, ResourceBundle words, JsonObject document, String name, Line line)
      throws IOException {
    writer.gap();
    writer.heading(words.getString(name));
    var entries = document.getJsonArray(name).getValuesAs(JsonObject.class);
    if (entries.isEmpty()) {
      writer.text(10, words.getString("none"));
    }
    for (JsonObject entry : entries) {
      writer.paragraph(10, 0, line.of(entry));
    }
  }
}
