package io.tellerline.kernel;

import java.io.InvalidObjectException;
import java.io.Serial;
import java.io.Serializable;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The serialized form of a Tellerline record with {@code Optional} components, which Java cannot
 * serialize. Such a record replaces itself with this ({@code writeReplace}), its optional values
 * unwrapped (empty as null); reading it back builds the record again through its canonical
 * constructor, so the record's own checks run. Used for values the console keeps in a session that
 * the cluster replicates.
 */
public final class SerializedRecord implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  private final Class<? extends Record> type;
  private final Object[] values;

  private SerializedRecord(Class<? extends Record> type, Object[] values) {
    this.type = type;
    this.values = values;
  }

  /** For a record's {@code writeReplace}. */
  public static SerializedRecord of(Record record) {
    RecordComponent[] components = record.getClass().getRecordComponents();
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      values[i] = unwrapped(read(components[i], record));
    }
    return new SerializedRecord(record.getClass(), values);
  }

  @Serial
  private Object readResolve() throws InvalidObjectException {
    if (type == null || !type.isRecord() || !type.getName().startsWith("io.tellerline.")) {
      throw new InvalidObjectException("not a Tellerline record: " + type);
    }
    RecordComponent[] components = type.getRecordComponents();
    if (values == null || values.length != components.length) {
      throw new InvalidObjectException("wrong number of values for " + type.getName());
    }
    Class<?>[] types =
        Arrays.stream(components).map(RecordComponent::getType).toArray(Class[]::new);
    Object[] arguments = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      arguments[i] = wrapped(types[i], values[i]);
    }
    try {
      Constructor<? extends Record> canonical = type.getDeclaredConstructor(types);
      return canonical.newInstance(arguments);
    } catch (ReflectiveOperationException | IllegalArgumentException e) {
      InvalidObjectException invalid =
          new InvalidObjectException("cannot rebuild " + type.getName());
      invalid.initCause(e instanceof InvocationTargetException target ? target.getCause() : e);
      throw invalid;
    }
  }

  private static Object read(RecordComponent component, Record record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + component, e);
    }
  }

  private static Object unwrapped(Object value) {
    if (value instanceof Optional<?> optional) {
      return optional.orElse(null);
    }
    if (value instanceof OptionalDouble optional) {
      return optional.isPresent() ? optional.getAsDouble() : null;
    }
    if (value instanceof OptionalLong optional) {
      return optional.isPresent() ? optional.getAsLong() : null;
    }
    return value;
  }

  private static Object wrapped(Class<?> type, Object value) {
    if (type == Optional.class) {
      return Optional.ofNullable(value);
    }
    if (type == OptionalDouble.class) {
      return value == null ? OptionalDouble.empty() : OptionalDouble.of((Double) value);
    }
    if (type == OptionalLong.class) {
      return value == null ? OptionalLong.empty() : OptionalLong.of((Long) value);
    }
    return value;
  }
}
