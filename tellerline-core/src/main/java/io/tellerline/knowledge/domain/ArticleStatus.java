package io.tellerline.knowledge.domain;

/** The life of one version of an article. */
public enum ArticleStatus {
  DRAFT,
  PUBLISHED,
  RETIRED
}
