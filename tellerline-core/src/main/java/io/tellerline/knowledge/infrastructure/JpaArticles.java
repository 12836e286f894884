package io.tellerline.knowledge.infrastructure;

import io.tellerline.knowledge.domain.Article;
import io.tellerline.knowledge.domain.ArticleStatus;
import io.tellerline.knowledge.domain.Articles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Articles through JPA. */
@ApplicationScoped
public class JpaArticles implements Articles {

  @PersistenceContext(unitName = "tellerline")
  private EntityManager entityManager;

  @Override
  public void add(Article article) {
    entityManager.persist(article);
  }

  @Override
  public Optional<Article> find(UUID id) {
    return Optional.ofNullable(entityManager.find(Article.class, id));
  }

  @Override
  public List<Article> latestVersions() {
    return entityManager
        .createQuery(
            "select a from Article a where a.version = (select max(b.version) from Article b"
                + " where b.slug = a.slug and b.language = a.language) order by a.slug, a.language",
            Article.class)
        .getResultList();
  }

  @Override
  public List<Article> published() {
    return entityManager
        .createQuery(
            "select a from Article a where a.status = :status order by a.slug, a.language",
            Article.class)
        .setParameter("status", ArticleStatus.PUBLISHED)
        .getResultList();
  }

  @Override
  public Optional<Article> published(String slug, String language) {
    return one(ArticleStatus.PUBLISHED, slug, language);
  }

  @Override
  public Optional<Article> draft(String slug, String language) {
    return one(ArticleStatus.DRAFT, slug, language);
  }

  @Override
  public void flush() {
    entityManager.flush();
  }

  @Override
  public String publicationStamp() {
    Object stamp =
        entityManager
            .createNativeQuery(
                "select count(*) || ':' || coalesce(max(published_at)::text, '')"
                    + " from kb_article where status = 'PUBLISHED'")
            .getSingleResult();
    return stamp.toString();
  }

  /** At most one version of an article and language has a status other than RETIRED. */
  private Optional<Article> one(ArticleStatus status, String slug, String language) {
    return entityManager
        .createQuery(
            "select a from Article a where a.status = :status and a.slug = :slug"
                + " and a.language = :language",
            Article.class)
        .setParameter("status", status)
        .setParameter("slug", slug)
        .setParameter("language", language)
        .getResultStream()
        .findFirst();
  }
}
