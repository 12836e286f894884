package io.tellerline.conversation.domain;

/** Where the conversation takes place. */
public enum Channel {
  WEB_CHAT
}
