package io.tellerline.staffassist.domain;

/** The record of suggestions used. */
public interface SuggestionUses {

  void add(SuggestionUse use);
}
