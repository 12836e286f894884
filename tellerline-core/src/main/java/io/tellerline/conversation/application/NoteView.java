package io.tellerline.conversation.application;

import java.io.Serializable;
import java.time.Instant;

/** A staff note as the console shows it. */
public record NoteView(String author, String text, Instant createdAt) implements Serializable {}
