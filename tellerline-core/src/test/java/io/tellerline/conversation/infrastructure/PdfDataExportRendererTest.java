package io.tellerline.conversation.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.conversation.application.DataExportDocument;
import io.tellerline.conversation.domain.DataSubjectRecords.ConversationRecord;
import io.tellerline.conversation.domain.DataSubjectRecords.MessageRecord;
import io.tellerline.conversation.domain.DataSubjectRecords.Profile;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfDataExportRendererTest {

  static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");

  @Test
  void showsProfileAndEveryMessageWrappedOverPagesInHerLanguage() throws Exception {
    List<MessageRecord> messages = new ArrayList<>();
    for (int i = 1; i <= 120; i++) {
      messages.add(
          new MessageRecord(
              UUID.randomUUID(),
              i,
              i % 2 == 1 ? "CUSTOMER" : "ASSISTANT",
              "Nachricht " + i + " über Überweisungen " + "lang ".repeat(i == 7 ? 60 : 1) + "€ 日本",
              "",
              i % 2 == 0,
              null,
              null,
              AT.plusSeconds(i)));
    }
    var document =
        new DataExportDocument(UUID.randomUUID(), AT)
            .profile(
                new Profile(
                    "C-2002", "Bastian Beispiel", "de", null, null, null, List.of(), List.of()))
            .conversation(
                new ConversationRecord(
                    UUID.randomUUID(), "WEB_CHAT", "CLOSED", "de", AT, AT, null, null, null, null),
                messages,
                Map.of())
            .decisions(List.of())
            .reveals(List.of())
            .consents(List.of())
            .build();
    byte[] pdf = new PdfDataExportRenderer().render(document, Locale.GERMAN);
    assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
    try (PDDocument read = Loader.loadPDF(pdf)) {
      assertTrue(read.getNumberOfPages() > 1, "a long history spans pages");
      String text = new PDFTextStripper().getText(read);
      assertTrue(text.contains("Ihre Daten"), text);
      assertTrue(text.contains("Bastian Beispiel"), text);
      assertTrue(text.contains("Nachricht 1 über Überweisungen"), text);
      assertTrue(text.contains("Nachricht 120 über"), text);
      assertTrue(text.contains("€ ??"), "characters outside the font become ?: " + text);
      assertTrue(text.contains("Keine."), "empty sections say so");
    }
  }
}
