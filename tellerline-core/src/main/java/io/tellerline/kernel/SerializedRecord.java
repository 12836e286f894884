package io.tellerline.kernel;

import java.io.InvalidObjectException;
import java.io.Serial;
import java.io.Serializable;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.stream.Collectors;

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
  private final String[] names;
  private final Object[] values;

  private SerializedRecord(Class<? extends Record> type, String[] names, Object[] values) {
    this.type = type;
    this.names = names;
    this.values = values;
  }

  /** For a record's {@code writeReplace}. */
  public static SerializedRecord of(Record record) {
    RecordComponent[] components = record.getClass().getRecordComponents();
    String[] names = new String[components.length];
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      names[i] = components[i].getName();
      values[i] = unwrapped(read(components[i], record));
    }
    return new SerializedRecord(record.getClass(), names, values);
  }

  /**
   * Matches values to components by name, as Java does for records, so a copy made by an instance
   * of another version (a rolling deployment) is refused rather than read into the wrong places.
   */
  @Serial
  private Object readResolve() throws InvalidObjectException {
    if (type == null
        || !type.isRecord()
        || !Serializable.class.isAssignableFrom(type)
        || !type.getName().startsWith("io.tellerline.")) {
      throw new InvalidObjectException("not a serializable Tellerline record: " + type);
    }
    RecordComponent[] components = type.getRecordComponents();
    if (names == null || values == null || names.length != values.length) {
      throw new InvalidObjectException("damaged copy of " + type.getName());
    }
    Map<String, Object> byName = new HashMap<>();
    for (int i = 0; i < names.length; i++) {
      byName.put(names[i], values[i]);
    }
    if (!byName
        .keySet()
        .equals(
            Arrays.stream(components).map(RecordComponent::getName).collect(Collectors.toSet()))) {
      throw new InvalidObjectException("the copy of " + type.getName() + " has other components");
    }
    Class<?>[] types =
        Arrays.stream(components).map(RecordComponent::getType).toArray(Class[]::new);
    try {
      Object[] arguments = new Object[components.length];
      for (int i = 0; i < components.length; i++) {
        arguments[i] = wrapped(types[i], byName.get(components[i].getName()));
      }
      Constructor<? extends Record> canonical = type.getDeclaredConstructor(types);
      return canonical.newInstance(arguments);
    } catch (ReflectiveOperationException | IllegalArgumentException | ClassCastException e) {
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
