package other.vendor;

import java.io.Serializable;
import java.util.OptionalLong;

/** A record outside Tellerline's packages, for {@code SerializedRecordTest}. */
public record ForeignRecord(OptionalLong count) implements Serializable {}
