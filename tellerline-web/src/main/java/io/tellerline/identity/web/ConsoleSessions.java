package io.tellerline.identity.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The console sessions on this instance, by Keycloak session id ({@code sid}), so that a
 * back-channel logout can end them; and one lock per session, so that one request at a time
 * refreshes its tokens (Keycloak rotates refresh tokens: a second use of the old one would fail).
 *
 * <p>On several instances the logout reaches one of them; the others end the session at its next
 * token refresh ({@link ConsoleSessionLimits}), which Keycloak then refuses.
 */
@ApplicationScoped
public class ConsoleSessions {

  /** HTTP session ids by Keycloak session id, and the HTTP sessions by their id. */
  private final Map<String, Set<String>> byKeycloakSession = new ConcurrentHashMap<>();

  private final Map<String, HttpSession> sessions = new ConcurrentHashMap<>();
  private final Map<String, Object> locks = new ConcurrentHashMap<>();

  void register(String keycloakSessionId, HttpSession session) {
    sessions.put(session.getId(), session);
    byKeycloakSession
        .computeIfAbsent(keycloakSessionId, sid -> ConcurrentHashMap.newKeySet())
        .add(session.getId());
  }

  Object lockFor(HttpSession session) {
    return locks.computeIfAbsent(session.getId(), id -> new Object());
  }

  /** Ends every console session of that Keycloak session; returns the staff members signed out. */
  List<SignedInStaff> endAll(String keycloakSessionId) {
    Set<String> ids = byKeycloakSession.remove(keycloakSessionId);
    if (ids == null) {
      return List.of();
    }
    return ids.stream()
        .map(sessions::remove)
        .filter(Objects::nonNull)
        .flatMap(session -> end(session).stream())
        .toList();
  }

  private static Optional<SignedInStaff> end(HttpSession session) {
    try {
      Object staff = session.getAttribute(ConsoleSignIn.STAFF);
      session.invalidate();
      return staff instanceof SignedInStaff signedIn ? Optional.of(signedIn) : Optional.empty();
    } catch (IllegalStateException alreadyInvalidated) {
      return Optional.empty();
    }
  }

  void forget(String httpSessionId) {
    locks.remove(httpSessionId);
    sessions.remove(httpSessionId);
    byKeycloakSession.values().forEach(ids -> ids.remove(httpSessionId));
    byKeycloakSession.values().removeIf(Set::isEmpty);
  }
}
