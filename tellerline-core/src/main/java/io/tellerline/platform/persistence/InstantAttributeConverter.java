package io.tellerline.platform.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Stores {@link Instant}s in {@code timestamptz} columns. JPA 3.1 (EclipseLink 4.0) maps
 * OffsetDateTime but not Instant, which it would otherwise serialize as bytes.
 */
@Converter(autoApply = true)
public class InstantAttributeConverter implements AttributeConverter<Instant, OffsetDateTime> {

  @Override
  public OffsetDateTime convertToDatabaseColumn(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  @Override
  public Instant convertToEntityAttribute(OffsetDateTime value) {
    return value == null ? null : value.toInstant();
  }

  /**
   * A {@code timestamptz} column of a native query's row, as the driver hands it over ({@code
   * OffsetDateTime} or {@code Timestamp}).
   */
  public static Instant fromColumn(Object column) {
    if (column instanceof OffsetDateTime offset) {
      return offset.toInstant();
    }
    if (column instanceof java.sql.Timestamp timestamp) {
      return timestamp.toInstant();
    }
    return Instant.parse(column.toString());
  }
}
