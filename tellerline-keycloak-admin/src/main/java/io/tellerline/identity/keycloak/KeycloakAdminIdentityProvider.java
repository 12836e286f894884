package io.tellerline.identity.keycloak;

import io.tellerline.identity.domain.IdentityProvider;
import io.tellerline.identity.domain.LoginStatus;
import jakarta.ws.rs.NotFoundException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.EventRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Staff identity operations through keycloak-admin-client, as the realm's service account {@code
 * tellerline-identity-ops} (client credentials; realm-management roles view-users, manage-users,
 * view-events only). Loaded in an isolated class loader: see the web module's
 * IsolatedIdentityProvider.
 */
public final class KeycloakAdminIdentityProvider implements IdentityProvider, AutoCloseable {

  private final Keycloak keycloak;
  private final String realm;

  public KeycloakAdminIdentityProvider(
      String serverUrl, String realm, String clientId, String clientSecret) {
    this.realm = realm;
    this.keycloak =
        KeycloakBuilder.builder()
            .serverUrl(serverUrl)
            .realm(realm)
            .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
            .clientId(clientId)
            .clientSecret(clientSecret)
            .build();
  }

  @Override
  public LoginStatus loginStatus(String subject) {
    UserResource user = user(subject);
    UserRepresentation representation = representation(user);
    boolean otp = user.credentials().stream().anyMatch(c -> "otp".equals(c.getType()));
    return new LoginStatus(
        otp,
        lastSignIn(subject),
        Boolean.TRUE.equals(representation.isEnabled()),
        representation.getRequiredActions() == null
            ? List.of()
            : representation.getRequiredActions());
  }

  /**
   * Removes every OTP credential first (the old authenticator, e.g. on a stolen phone, must stop
   * working at once: a required action alone leaves it valid), then requires a new enrolment at the
   * next sign-in and ends the sessions open now, which the old authenticator may have opened.
   */
  @Override
  public void requireOtpReEnrolment(String subject) {
    UserResource user = user(subject);
    UserRepresentation representation = representation(user);
    user.credentials().stream()
        .filter(credential -> "otp".equals(credential.getType()))
        .forEach(credential -> user.removeCredential(credential.getId()));
    List<String> actions =
        new ArrayList<>(
            representation.getRequiredActions() == null
                ? List.of()
                : representation.getRequiredActions());
    if (!actions.contains(CONFIGURE_OTP)) {
      actions.add(CONFIGURE_OTP);
    }
    representation.setRequiredActions(actions);
    user.update(representation);
    user.logout();
  }

  @Override
  public void disableLogin(String subject) {
    UserResource user = setEnabled(subject, false);
    user.logout(); // end the sessions the customer has open now
  }

  @Override
  public void enableLogin(String subject) {
    setEnabled(subject, true);
  }

  private UserResource setEnabled(String subject, boolean enabled) {
    UserResource user = user(subject);
    UserRepresentation representation = representation(user);
    representation.setEnabled(enabled);
    user.update(representation);
    return user;
  }

  /** The most recent LOGIN event (the realm stores them: eventsEnabled in realm-export/). */
  private Optional<Instant> lastSignIn(String subject) {
    List<EventRepresentation> logins =
        realm().getEvents(List.of("LOGIN"), null, subject, null, null, null, 0, 1);
    return logins.stream().findFirst().map(event -> Instant.ofEpochMilli(event.getTime()));
  }

  private UserResource user(String subject) {
    return realm().users().get(subject);
  }

  private static UserRepresentation representation(UserResource user) {
    try {
      return user.toRepresentation();
    } catch (NotFoundException e) {
      throw new NoSuchElementException("no such user at the identity provider");
    }
  }

  private RealmResource realm() {
    return keycloak.realm(realm);
  }

  @Override
  public void close() {
    keycloak.close();
  }
}
