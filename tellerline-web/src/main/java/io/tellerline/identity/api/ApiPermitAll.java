package io.tellerline.identity.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An API resource method anyone may call, signed in or not (e.g. the chat's public configuration).
 * A token that is sent must still be valid. Only on methods, so that a whole resource cannot be
 * opened by one annotation; see {@link ApiRolesAllowed} for why this is not {@code PermitAll}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ApiPermitAll {}
