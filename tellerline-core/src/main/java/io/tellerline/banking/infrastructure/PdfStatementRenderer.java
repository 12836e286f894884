package io.tellerline.banking.infrastructure;

import io.tellerline.banking.application.StatementRenderer;
import io.tellerline.banking.domain.StatementDocument;
import io.tellerline.banking.domain.Transaction;
import io.tellerline.platform.infrastructure.PdfWriter;
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

/**
 * A statement as a plain A4 PDF (Apache PDFBox, the standard Helvetica fonts, nothing embedded or
 * fetched): account, period, opening balance, one line per booking, closing balance.
 */
@ApplicationScoped
public class PdfStatementRenderer implements StatementRenderer {

  private static final float[] COLUMNS = {0, 90, 330, 430};
  private static final int[] CLIP_AT = {24, 40, 24, 24};
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
      PdfWriter writer = new PdfWriter(document, COLUMNS, CLIP_AT);
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
}
