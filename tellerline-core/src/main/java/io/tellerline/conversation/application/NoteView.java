package io.tellerline.conversation.application;

import java.time.Instant;

/** A staff note as the console shows it. */
public record NoteView(String author, String text, Instant createdAt) {}
