package io.tellerline.knowledge.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The knowledge base's articles, every version of them. */
public interface Articles {

  void add(Article article);

  Optional<Article> find(UUID id);

  /** The newest version of each article and language, for the editors' list. */
  List<Article> latestVersions();

  List<Article> published();

  Optional<Article> published(String slug, String language);

  Optional<Article> draft(String slug, String language);

  /** Writes pending changes now (a retired version before its successor is published). */
  void flush();

  /** Changes whenever something is published: the search index rebuilds when it differs. */
  String publicationStamp();
}
