package io.tellerline.recommendation.domain;

import java.util.Map;

/** The products' rules held as data, by product code; only those whose article is published. */
public interface ProductRules {

  Map<String, ProductRule> published();
}
