package io.tellerline.console;

import io.tellerline.kernel.Role;
import io.tellerline.knowledge.application.ArticleView;
import io.tellerline.knowledge.application.KnowledgeBaseService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;

/**
 * The knowledge-base editor: the newest version of every article, a form to write a draft (a new
 * article, or the next version of a published one) and, for supervisors, publishing.
 */
@Named
@ViewScoped
public class KnowledgeBaseBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject KnowledgeBaseService knowledgeBase;
  @Inject HttpServletRequest request;

  private List<ArticleView> articles;
  private String slug;
  private String language = "en";
  private String intent;
  private String title;
  private String body;

  public void load() {
    articles = knowledgeBase.latestVersions();
  }

  /** Fills the form with an article's newest version. */
  public void edit(ArticleView article) {
    slug = article.slug();
    language = article.language();
    intent = article.intent();
    title = article.title();
    body = article.body();
  }

  public void saveDraft() {
    try {
      ArticleView draft = knowledgeBase.saveDraft(trim(slug), language, intent, title, body);
      ConsolePage.info(
          "Draft saved: "
              + draft.slug()
              + " ("
              + draft.language()
              + ") version "
              + draft.version()
              + ".");
      load();
    } catch (RuntimeException e) {
      ConsolePage.showFailure(e);
    }
  }

  /** Publishes the draft of the article and language in the form. */
  public void publish() {
    try {
      ArticleView published = knowledgeBase.publish(trim(slug), language);
      ConsolePage.info(
          "Published: "
              + published.slug()
              + " ("
              + published.language()
              + ") version "
              + published.version()
              + ".");
      load();
    } catch (RuntimeException e) {
      ConsolePage.showFailure(e);
    }
  }

  public boolean isSupervisor() {
    return request.isUserInRole(Role.SUPERVISOR);
  }

  private static String trim(String value) {
    return value == null ? null : value.strip();
  }

  public List<ArticleView> getArticles() {
    return articles;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public String getIntent() {
    return intent;
  }

  public void setIntent(String intent) {
    this.intent = intent;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }
}
