/**
 * The assistant for staff who take a conversation over: a hand-over summary built from the recorded
 * turns (nothing leaves the server), suggested replies from published articles and earlier staff
 * replies (by the sentence encoder), with personal data as placeholders filled from the masked
 * view, and the record of which suggestion was used (the next training signal).
 */
package io.tellerline.staffassist;
