package io.tellerline.conversation.application;

import java.io.Serializable;

/**
 * A document the chat offers as a button: its label and its path below the API root (fetched with
 * the customer's token; the API checks ownership and authentication again).
 */
public record Download(String label, String path) implements Serializable {}
