package io.tellerline.knowledge.application;

import io.tellerline.audit.domain.AuditEvent;
import io.tellerline.audit.domain.AuditEventType;
import io.tellerline.audit.domain.AuditTrail;
import io.tellerline.kernel.Role;
import io.tellerline.knowledge.domain.Article;
import io.tellerline.knowledge.domain.Articles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Editing the knowledge base: tellers and supervisors write drafts (a new version of a published
 * article, or a new article); only supervisors publish. Publishing is audited, because what is
 * published is what the assistant tells customers.
 */
@Stateless
@RolesAllowed({Role.TELLER, Role.SUPERVISOR})
public class KnowledgeBaseService {

  @Inject Articles articles;
  @Inject AuditTrail auditTrail;
  @Inject Clock clock;
  @Resource SessionContext session;

  public List<ArticleView> latestVersions() {
    return articles.latestVersions().stream().map(ArticleView::of).toList();
  }

  /**
   * Saves a draft: edits the open draft of this slug and language, or starts the next version of
   * the published one, or a new article. Returns the draft.
   */
  public ArticleView saveDraft(
      String slug, String language, String intent, String title, String body) {
    String editor = editor();
    Instant now = clock.instant();
    Article draft =
        articles
            .draft(slug, language)
            .orElseGet(
                () -> {
                  Article next =
                      articles
                          .published(slug, language)
                          .map(published -> published.revise(editor, now))
                          .orElseGet(
                              () ->
                                  Article.draft(slug, language, intent, title, body, editor, now));
                  articles.add(next);
                  return next;
                });
    draft.edit(intent, title, body, editor, now);
    return ArticleView.of(draft);
  }

  /**
   * Publishes the open draft of an article in a language and retires the version published before.
   *
   * @throws NoSuchElementException if there is no draft to publish
   */
  @RolesAllowed(Role.SUPERVISOR)
  public ArticleView publish(String slug, String language) {
    Article draft =
        articles
            .draft(slug, language)
            .orElseThrow(() -> new NoSuchElementException("no draft of " + slug));
    articles.published(draft.slug(), draft.language()).ifPresent(Article::retire);
    articles.flush();
    draft.publish(editor(), clock.instant());
    auditTrail.record(
        new AuditEvent(
            AuditEventType.CONSOLE_ACTION,
            "staff:" + editor(),
            null,
            Json.createObjectBuilder()
                .add("action", "KB_ARTICLE_PUBLISHED")
                .add("slug", draft.slug())
                .add("language", draft.language())
                .add("version", draft.version())
                .build()
                .toString(),
            clock.instant()));
    return ArticleView.of(draft);
  }

  private String editor() {
    return session.getCallerPrincipal().getName();
  }
}
