package io.tellerline.privacy.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores {@link PiiMarks} in one text column ({@code TYPE:start:end;…}). */
@Converter
public class PiiMarksConverter implements AttributeConverter<PiiMarks, String> {

  @Override
  public String convertToDatabaseColumn(PiiMarks marks) {
    return marks == null ? "" : marks.encode();
  }

  @Override
  public PiiMarks convertToEntityAttribute(String column) {
    return PiiMarks.parse(column);
  }
}
