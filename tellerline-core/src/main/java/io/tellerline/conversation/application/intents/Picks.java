package io.tellerline.conversation.application.intents;

import io.tellerline.conversation.domain.OpenTask;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The items a customer's words fitted (standing orders, direct debits), kept by id in slots of
 * their own: at most five; more would not narrow the choice.
 */
final class Picks {

  private static final List<String> SLOTS =
      List.of("pick_a", "pick_b", "pick_c", "pick_d", "pick_e");
  private static final String NONE = "-";

  private Picks() {}

  /** The slots for these ids; none when there are none or too many to be a pick. */
  static Map<String, String> of(List<UUID> ids) {
    Map<String, String> slots = new HashMap<>();
    if (ids.size() <= SLOTS.size()) {
      for (int i = 0; i < ids.size(); i++) {
        slots.put(SLOTS.get(i), ids.get(i).toString());
      }
    }
    return slots;
  }

  /** Replaces the task's picks (slots cannot be removed, so unused ones are blanked). */
  static void keep(OpenTask task, List<UUID> ids, Instant now) {
    Map<String, String> picked = of(ids);
    SLOTS.forEach(slot -> task.fill(slot, picked.getOrDefault(slot, NONE), now));
  }

  static List<UUID> in(Map<String, String> slots) {
    return SLOTS.stream()
        .map(slots::get)
        .filter(Objects::nonNull)
        .filter(value -> !value.equals(NONE))
        .map(UUID::fromString)
        .toList();
  }
}
