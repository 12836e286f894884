package io.tellerline.conversation.api;

import io.tellerline.conversation.application.MessageView;
import java.util.List;

/** The messages one customer message produced: the customer's own, then the reply. */
public record NewMessagesResponse(List<MessageView> messages) {}
