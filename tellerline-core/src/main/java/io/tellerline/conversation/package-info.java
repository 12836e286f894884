/**
 * Conversation: the assistant and the chat — conversations and their messages, the turn pipeline
 * (understanding with {@code tellerline-nlu}, routing, the step-up gate, replies, the AI decision
 * audit), the intent handlers (one per capability of the assistant, in {@code
 * application.intents}), hand-over to staff, the staff console's side and the live change events.
 * Uses every capability before it in the chain.
 */
package io.tellerline.conversation;
