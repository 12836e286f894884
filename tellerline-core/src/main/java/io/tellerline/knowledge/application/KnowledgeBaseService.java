package io.tellerline.knowledge.application;

import io.tellerline.audit.application.Audit;
import io.tellerline.audit.domain.AuditEventType;
import io.tellerline.identity.application.FourEyes;
import io.tellerline.identity.domain.Approval;
import io.tellerline.identity.domain.ApprovalKind;
import io.tellerline.kernel.Role;
import io.tellerline.knowledge.domain.Article;
import io.tellerline.knowledge.domain.Articles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Editing the knowledge base: tellers and supervisors write drafts (a new version of a published
 * article, or a new article); only supervisors publish, and never a draft they last edited
 * themselves (four eyes, through {@link FourEyes}). Publishing is audited with both names, because
 * what is published is what the assistant tells customers.
 */
@Stateless
@RolesAllowed({Role.TELLER, Role.SUPERVISOR})
public class KnowledgeBaseService {

  @Inject Articles articles;
  @Inject Audit audit;
  @Inject FourEyes fourEyes;
  @Inject Clock clock;
  @Resource SessionContext session;

  public List<ArticleView> latestVersions() {
    return articles.latestVersions().stream().map(ArticleView::of).toList();
  }

  /**
   * Saves a draft: edits the open draft of this slug and language, or starts the next version of
   * the published one, or a new article. Returns the draft.
   *
   * @throws io.tellerline.kernel.InvalidInputException for a malformed slug, language, title or
   *     body
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
   * @throws DraftNotFoundException if there is no draft to publish
   * @throws io.tellerline.identity.application.SamePersonApprovalException if the caller last
   *     edited the draft herself
   */
  @RolesAllowed(Role.SUPERVISOR)
  public ArticleView publish(String slug, String language) {
    Article draft = articles.draft(slug, language).orElseThrow(DraftNotFoundException::new);
    String subject = draft.slug() + "/" + draft.language() + "/v" + draft.version();
    Approval approval =
        fourEyes.countersign(
            ApprovalKind.ARTICLE_PUBLICATION, subject, draft.editedBy(), draft.editedBy());
    articles.published(draft.slug(), draft.language()).ifPresent(Article::retire);
    articles.flush();
    draft.publish(editor(), clock.instant());
    audit
        .staffAction(AuditEventType.CONSOLE_ACTION)
        .with("action", "KB_ARTICLE_PUBLISHED")
        .with("slug", draft.slug())
        .with("language", draft.language())
        .with("version", draft.version())
        .with("approval", approval.id().toString())
        .with("lastEditor", draft.editedBy())
        .with("approvedBy", editor())
        .record();
    return ArticleView.of(draft);
  }

  private String editor() {
    return session.getCallerPrincipal().getName();
  }
}
