package io.tellerline.platform.infrastructure;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes lines top to bottom on A4 pages (Apache PDFBox, the standard Helvetica fonts, nothing
 * embedded or fetched), starting a new page when one is full. Shared by the documents customers
 * download (statements, the copy of their data).
 */
public final class PdfWriter {

  public static final float MARGIN = 50;
  private static final float LINE = 15;

  private final PDDocument document;
  private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
  private final float[] columns;
  private final int[] clipAt;
  private PDPageContentStream page;
  private float y;

  /**
   * @param columns where each table column starts, from the left margin
   * @param clipAt how many characters of each column are shown
   */
  public PdfWriter(PDDocument document, float[] columns, int[] clipAt) throws IOException {
    this.document = document;
    this.columns = columns.clone();
    this.clipAt = clipAt.clone();
    newPage();
  }

  public void title(String text) throws IOException {
    show(bold, 18, MARGIN, text);
    y -= 24;
  }

  public void heading(String text) throws IOException {
    show(bold, 13, MARGIN, text);
    y -= 19;
  }

  public void text(float size, String text) throws IOException {
    show(regular, size, MARGIN, text);
    y -= size + 6;
  }

  /** Text wrapped at the page's width, {@code indent} points in from the margin. */
  public void paragraph(float size, float indent, String text) throws IOException {
    float width = PDRectangle.A4.getWidth() - 2 * MARGIN - indent;
    for (String line : wrap(text, size, width)) {
      show(regular, size, MARGIN + indent, line);
      y -= size + 4;
    }
  }

  public void row(boolean heading, String... cells) throws IOException {
    for (int i = 0; i < cells.length; i++) {
      show(heading ? bold : regular, 10, MARGIN + columns[i], clip(cells[i], clipAt[i]));
    }
    y -= LINE;
  }

  public void gap() {
    y -= LINE / 2;
  }

  public void close() throws IOException {
    page.close();
  }

  private List<String> wrap(String text, float size, float width) throws IOException {
    List<String> lines = new ArrayList<>();
    for (String paragraph : encodable(regular, text).split("\n", -1)) {
      StringBuilder line = new StringBuilder();
      for (String word : paragraph.split(" ")) {
        String longer = line.isEmpty() ? word : line + " " + word;
        if (line.isEmpty() || regular.getStringWidth(longer) / 1000 * size <= width) {
          line.setLength(0);
          line.append(longer);
        } else {
          lines.add(line.toString());
          line.setLength(0);
          line.append(word);
        }
        while (regular.getStringWidth(line.toString()) / 1000 * size > width && line.length() > 1) {
          int cut =
              Math.max(
                  1,
                  (int)
                      (line.length()
                          * width
                          / (regular.getStringWidth(line.toString()) / 1000 * size)));
          lines.add(line.substring(0, cut));
          line.delete(0, cut);
        }
      }
      lines.add(line.toString());
    }
    return lines;
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
              if (character.equals("\n")) {
                shown.append(character);
                return;
              }
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
