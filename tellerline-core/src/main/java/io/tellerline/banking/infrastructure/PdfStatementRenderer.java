package io.tellerline.banking.infrastructure;

import io.tellerline.banking.application.StatementRenderer;
import io.tellerline.banking.domain.StatementDocument;
import io.tellerline.banking.domain.Transaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A statement as a plain A4 PDF (Apache PDFBox, the standard Helvetica fonts, nothing embedded or
 * fetched): account, period, opening balance, one line per booking, closing balance.
 */
@ApplicationScoped
public class PdfStatementRenderer implements StatementRenderer {

  private static final float MARGIN = 50;
  private static final float LINE = 15;
  private static final Map<String, String[]> LABELS =
      Map.of(
          "en",
          new String[] {
            "Account statement",
            "Account holder",
            "Account",
            "Period",
            "Opening balance",
            "Closing balance",
            "Date",
            "Payee or payer",
            "Category",
            "Amount",
            "No bookings."
          },
          "de",
          new String[] {
            "Kontoauszug",
            "Kontoinhaber",
            "Konto",
            "Zeitraum",
            "Anfangssaldo",
            "Endsaldo",
            "Datum",
            "Empfänger oder Auftraggeber",
            "Kategorie",
            "Betrag",
            "Keine Buchungen."
          });

  @Override
  public String mediaType() {
    return "application/pdf";
  }

  @Override
  public byte[] render(StatementDocument statement, Locale language) {
    String[] label = LABELS.getOrDefault(language.getLanguage(), LABELS.get("en"));
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDDocumentInformation info = document.getDocumentInformation();
      info.setTitle(label[0] + " " + statement.month());
      info.setCreator("Tellerline");
      Writer writer = new Writer(document);
      writer.title(label[0]);
      writer.text(11, label[1] + ": " + statement.holder());
      writer.text(11, label[2] + ": " + statement.productName() + ", IBAN " + statement.iban());
      writer.text(11, label[3] + ": " + period(statement, language));
      writer.text(11, label[4] + ": " + statement.opening().format(language));
      writer.gap();
      writer.row(true, label[6], label[7], label[8], label[9]);
      if (statement.bookings().isEmpty()) {
        writer.text(10, label[10]);
      }
      for (Transaction booking : statement.bookings()) {
        writer.row(
            false,
            booking
                .bookedOn()
                .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language)),
            booking.counterparty(),
            booking.category(),
            booking.amount().format(language));
      }
      writer.gap();
      writer.text(11, label[5] + ": " + statement.closing().format(language));
      writer.close();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("statement could not be rendered", e);
    }
  }

  private static String period(StatementDocument statement, Locale language) {
    DateTimeFormatter day =
        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language);
    return statement.month().atDay(1).format(day)
        + " – "
        + statement.month().atEndOfMonth().format(day);
  }

  /** Writes lines top to bottom, starting a new page when one is full. */
  private static final class Writer {

    private static final float[] COLUMNS = {0, 90, 330, 430};

    private final PDDocument document;
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private PDPageContentStream page;
    private float y;

    Writer(PDDocument document) throws IOException {
      this.document = document;
      newPage();
    }

    void title(String text) throws IOException {
      show(bold, 18, MARGIN, text);
      y -= 24;
    }

    void text(float size, String text) throws IOException {
      show(regular, size, MARGIN, text);
      y -= size + 6;
    }

    void row(boolean heading, String... cells) throws IOException {
      for (int i = 0; i < cells.length; i++) {
        show(heading ? bold : regular, 10, MARGIN + COLUMNS[i], clip(cells[i], i == 1 ? 40 : 24));
      }
      y -= LINE;
    }

    void gap() {
      y -= LINE / 2;
    }

    void close() throws IOException {
      page.close();
    }

    private void show(PDType1Font font, float size, float x, String text) throws IOException {
      if (y < MARGIN + LINE) {
        page.close();
        newPage();
      }
      page.beginText();
      page.setFont(font, size);
      page.newLineAtOffset(x, y);
      page.showText(encodable(font, text));
      page.endText();
    }

    private void newPage() throws IOException {
      PDPage next = new PDPage(PDRectangle.A4);
      document.addPage(next);
      page = new PDPageContentStream(document, next);
      y = PDRectangle.A4.getHeight() - MARGIN;
    }

    /** The standard fonts cover Western European text; anything else becomes "?". */
    private static String encodable(PDType1Font font, String text) {
      StringBuilder shown = new StringBuilder(text.length());
      text.codePoints()
          .forEach(
              point -> {
                String character = Character.toString(point);
                try {
                  font.encode(character);
                  shown.append(character);
                } catch (IOException | IllegalArgumentException notInFont) {
                  shown.append('?');
                }
              });
      return shown.toString();
    }

    private static String clip(String text, int length) {
      return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
  }
}
