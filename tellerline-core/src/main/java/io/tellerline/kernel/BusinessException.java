package io.tellerline.kernel;

import jakarta.ejb.ApplicationException;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A business failure: what a person asked for cannot be done (an unknown id, invalid input, the
 * wrong state). Every capability fails this one way, so that the API and the console each translate
 * failures in one place. Programming errors stay standard unchecked exceptions.
 *
 * <p>It carries a {@link FailureKind}, a stable problem type (a slug such as {@code
 * conversation-not-found}, part of the API's contract), and a key into the bundle {@code
 * io/tellerline/kernel/Failures*.properties} (English and German) with its arguments. Arguments are
 * shown to the person who failed: never put another person's data, or personal data at all, in
 * them.
 *
 * <p>An application exception: the EJB container passes it on unwrapped and rolls the transaction
 * back. Subclasses inherit that, so domain exceptions need no EJB import; a refusal that writes an
 * audit record overrides it with {@code rollback = false}, or the record would be lost.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class BusinessException extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private static final String TEXTS = "io.tellerline.kernel.Failures";

  private final FailureKind kind;
  private final String type;
  private final String messageKey;
  private final Object[] arguments;

  protected BusinessException(
      FailureKind kind, String type, String messageKey, Object... arguments) {
    // The log's message: type, arguments (ids, limits) and the English text.
    super(
        type + Arrays.toString(arguments) + ": " + text(messageKey, Locale.ENGLISH, arguments),
        null,
        false,
        true);
    this.kind = kind;
    this.type = type;
    this.messageKey = messageKey;
    this.arguments = arguments.clone();
  }

  public FailureKind kind() {
    return kind;
  }

  /** The stable problem type, e.g. {@code conversation-not-found}. */
  public String type() {
    return type;
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] arguments() {
    return arguments.clone();
  }

  /** The text for the person who failed, in their language (English when there is none). */
  public String message(Locale language) {
    return text(messageKey, language, arguments);
  }

  /** A short title of the kind of failure ({@code kind.NOT_FOUND}), in the language. */
  public String title(Locale language) {
    return text("kind." + kind.name(), language);
  }

  /** A text of the failures bundle: English, or German for a German locale. */
  public static String text(String key, Locale language, Object... arguments) {
    Locale supported = "de".equals(language.getLanguage()) ? Locale.GERMAN : Locale.ENGLISH;
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            TEXTS,
            supported,
            BusinessException.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    try {
      return new MessageFormat(bundle.getString(key), supported).format(arguments);
    } catch (MissingResourceException missing) {
      throw new IllegalStateException("no text " + key + " in " + TEXTS, missing);
    }
  }

  @Override
  public String toString() {
    return getClass().getName() + "[" + type + ", " + messageKey + Arrays.toString(arguments) + "]";
  }
}
