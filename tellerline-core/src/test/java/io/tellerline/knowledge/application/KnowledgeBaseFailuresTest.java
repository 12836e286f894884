package io.tellerline.knowledge.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tellerline.kernel.Fake;
import io.tellerline.kernel.InvalidInputException;
import io.tellerline.knowledge.domain.Articles;
import jakarta.ejb.SessionContext;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KnowledgeBaseFailuresTest {

  private final KnowledgeBaseService service = service();

  @Test
  void publishingWithoutADraftIsNotFound() {
    assertThrows(DraftNotFoundException.class, () -> service.publish("fees", "en"));
  }

  @Test
  void aMalformedArticleIsInvalidInputNamingTheField() {
    InvalidInputException slug =
        assertThrows(
            InvalidInputException.class,
            () -> service.saveDraft("Fees!", "en", null, "Fees", "None."));
    assertEquals(List.of("slug"), slug.fields());
    InvalidInputException title =
        assertThrows(
            InvalidInputException.class,
            () -> service.saveDraft("fees", "en", null, "x".repeat(201), "None."));
    assertEquals(List.of("title"), title.fields());
  }

  private static KnowledgeBaseService service() {
    KnowledgeBaseService service = new KnowledgeBaseService();
    service.articles =
        Fake.of(
            Articles.class,
            Map.of(
                "draft", a -> Optional.empty(),
                "published", a -> Optional.empty(),
                "add", a -> null));
    Principal tessa = () -> "tessa";
    service.session = Fake.of(SessionContext.class, Map.of("getCallerPrincipal", a -> tessa));
    service.clock = Clock.fixed(Instant.parse("2026-12-06T09:00:00Z"), ZoneOffset.UTC);
    return service;
  }
}
