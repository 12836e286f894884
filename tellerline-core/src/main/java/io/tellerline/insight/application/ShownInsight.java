package io.tellerline.insight.application;

/**
 * An insight as the customer sees it: its id (to dismiss it), kind, the rule and version that found
 * it, and its reason in her language.
 */
public record ShownInsight(String id, String kind, String rule, String language, String text) {}
