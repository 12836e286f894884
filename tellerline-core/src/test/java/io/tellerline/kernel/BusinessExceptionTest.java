package io.tellerline.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.conversation.domain.ConversationClosedException;
import io.tellerline.conversation.domain.ConversationStateException;
import io.tellerline.identity.application.StaffStepUpRequiredException;
import io.tellerline.privacy.application.PersonalDataErasedException;
import jakarta.ejb.ApplicationException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BusinessExceptionTest {

  @Test
  void textsComeFromTheBundleInEnglishOrGerman() {
    InvalidInputException tooLong = new InvalidInputException("reply", "input.length", 1, 2000);

    assertEquals("Write 1 to 2,000 characters.", tooLong.message(Locale.ENGLISH));
    assertEquals("Schreiben Sie 1 bis 2.000 Zeichen.", tooLong.message(Locale.GERMANY));
    assertEquals("Write 1 to 2,000 characters.", tooLong.message(Locale.FRENCH), "else English");
    assertEquals("Ungültige Anfrage", tooLong.title(Locale.GERMAN));
    assertEquals(
        "Write at most 500 characters.",
        new InvalidInputException("comment", "input.length", 0, 500).message(Locale.ENGLISH));
  }

  @Test
  void theLogMessageNamesTypeAndArgumentsButNoCause() {
    UUID id = UUID.randomUUID();
    ConversationClosedException closed = new ConversationClosedException(id);

    assertEquals(FailureKind.CONFLICT, closed.kind());
    assertEquals("conversation-closed", closed.type());
    assertTrue(closed.getMessage().contains(id.toString()), closed.getMessage());
    assertEquals("This conversation is closed. Start a new one.", closed.message(Locale.ENGLISH));
    assertNull(closed.getCause());
  }

  @Test
  void everyBusinessFailureIsAnApplicationExceptionThatRollsBackUnlessItAudits() {
    ApplicationException base = BusinessException.class.getAnnotation(ApplicationException.class);
    assertTrue(base.inherited(), "domain exceptions get it without an EJB import");
    assertTrue(base.rollback());
    assertNull(ConversationStateException.class.getDeclaredAnnotation(ApplicationException.class));

    assertFalse(rollsBack(StaffStepUpRequiredException.class), "the refusal's audit commits");
    assertFalse(rollsBack(PersonalDataErasedException.class), "the refusal's audit commits");
  }

  @Test
  void everyEnglishTextHasAGermanOne() throws IOException {
    Properties english = texts("Failures.properties");
    Properties german = texts("Failures_de.properties");

    assertEquals(english.keySet(), german.keySet());
  }

  private static boolean rollsBack(Class<?> type) {
    return type.getAnnotation(ApplicationException.class).rollback();
  }

  private static Properties texts(String name) throws IOException {
    Properties texts = new Properties();
    try (InputStream in = BusinessException.class.getResourceAsStream(name)) {
      texts.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return texts;
  }
}
