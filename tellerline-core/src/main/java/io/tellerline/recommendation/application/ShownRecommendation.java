package io.tellerline.recommendation.application;

/**
 * A recommendation as the customer sees it: its id (the product code), the rule and version that
 * made it, the language of the text, its reason, and the slug of the article describing the
 * product.
 */
public record ShownRecommendation(
    String id, String rule, String language, String text, String article) {}
