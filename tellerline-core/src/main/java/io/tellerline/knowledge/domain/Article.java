package io.tellerline.knowledge.domain;

import io.tellerline.kernel.InvalidInputException;
import io.tellerline.kernel.TextLimit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One version of a knowledge-base article in one language. A published version is never edited: a
 * revision is a new draft version, and publishing it retires the version before.
 */
@Entity
@Table(name = "kb_article")
public class Article {

  // Limits of what staff type, declared once: checked here, used by the console's maxlength.
  public static final int MAX_SLUG = 80;
  public static final int MAX_INTENT = 64;
  public static final int MAX_TITLE = 200;
  public static final int MAX_BODY = 20_000;
  public static final TextLimit INTENT = new TextLimit("intent", 0, MAX_INTENT);
  public static final TextLimit TITLE = new TextLimit("title", 1, MAX_TITLE);
  public static final TextLimit BODY = new TextLimit("body", 1, MAX_BODY);
  public static final Set<String> LANGUAGES = Set.of("en", "de");
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  @Id private UUID id;

  @Column(nullable = false, length = MAX_SLUG)
  private String slug;

  @Column(nullable = false, length = 8)
  private String language;

  @Column(nullable = false)
  private int version;

  @Column(length = MAX_INTENT)
  private String intent;

  @Column(nullable = false, length = MAX_TITLE)
  private String title;

  @Column(nullable = false, length = MAX_BODY)
  private String body;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private ArticleStatus status;

  @Column(name = "edited_by", nullable = false, length = 100)
  private String editedBy;

  @Column(name = "edited_at", nullable = false)
  private Instant editedAt;

  @Column(name = "published_by", length = 100)
  private String publishedBy;

  @Column(name = "published_at")
  private Instant publishedAt;

  protected Article() {}

  private Article(
      String slug,
      String language,
      int version,
      String intent,
      String title,
      String body,
      String editor,
      Instant now) {
    this.id = UUID.randomUUID();
    this.slug = slug;
    this.language = language;
    this.version = version;
    this.status = ArticleStatus.DRAFT;
    edit(intent, title, body, editor, now);
  }

  /**
   * @throws InvalidInputException for a malformed slug, an unsupported language, an empty or
   *     oversized title or body
   */
  public static Article draft(
      String slug,
      String language,
      String intent,
      String title,
      String body,
      String editor,
      Instant now) {
    if (slug == null || slug.length() > MAX_SLUG || !SLUG.matcher(slug).matches()) {
      throw new InvalidInputException("slug", "knowledge.slug_invalid", MAX_SLUG);
    }
    if (language == null || !LANGUAGES.contains(language)) {
      throw new InvalidInputException("language", "knowledge.language_invalid");
    }
    return new Article(slug, language, 1, intent, title, body, editor, now);
  }

  /** The next version, as a draft, starting from this one's text. */
  public Article revise(String editor, Instant now) {
    return new Article(slug, language, version + 1, intent, title, body, editor, now);
  }

  /**
   * Changes a draft; a published or retired version stays as it was.
   *
   * @throws InvalidInputException for an oversized intent, an empty or oversized title or body
   */
  public void edit(String intent, String title, String body, String editor, Instant now) {
    if (status != ArticleStatus.DRAFT) {
      throw new IllegalStateException("only a draft can be edited; revise the article instead");
    }
    String checkedIntent = INTENT.check(intent);
    String checkedTitle = TITLE.check(title);
    String checkedBody = BODY.check(body);
    this.intent = checkedIntent.isEmpty() ? null : checkedIntent.toLowerCase(Locale.ROOT);
    this.title = checkedTitle;
    this.body = checkedBody;
    this.editedBy = editor;
    this.editedAt = now;
  }

  public void publish(String publisher, Instant now) {
    if (status != ArticleStatus.DRAFT) {
      throw new IllegalStateException("only a draft can be published");
    }
    status = ArticleStatus.PUBLISHED;
    publishedBy = publisher;
    publishedAt = now;
  }

  public void retire() {
    if (status == ArticleStatus.PUBLISHED) {
      status = ArticleStatus.RETIRED;
    }
  }

  /** The first paragraph: what the assistant quotes. */
  public String summary() {
    int end = body.indexOf("\n\n");
    return end < 0 ? body : body.substring(0, end);
  }

  public UUID id() {
    return id;
  }

  public String slug() {
    return slug;
  }

  public String language() {
    return language;
  }

  public int version() {
    return version;
  }

  public Optional<String> intent() {
    return Optional.ofNullable(intent);
  }

  public String title() {
    return title;
  }

  public String body() {
    return body;
  }

  public ArticleStatus status() {
    return status;
  }

  public String editedBy() {
    return editedBy;
  }

  public Instant editedAt() {
    return editedAt;
  }

  public Optional<Instant> publishedAt() {
    return Optional.ofNullable(publishedAt);
  }
}
