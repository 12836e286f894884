package io.tellerline.identity.web;

import java.io.Serializable;

/** What a console sign-in in progress must remember until Keycloak redirects back. */
record PendingSignIn(String state, String nonce, String codeVerifier, String returnTo)
    implements Serializable {}
