package io.tellerline.identity.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The roles that may call an API resource method (on the method, or on the class for all its
 * methods; the method's wins). Read by {@link ApiAuthorizationFilter}, the API's one authorization
 * decision; a method with neither this nor {@link ApiPermitAll} is denied.
 *
 * <p>Why not {@code jakarta.annotation.security.RolesAllowed} on resources: Payara then adds its
 * own JAX-RS role filter in front of every such call, which repeats the check this filter already
 * made and, on every request, raises about ten class-loading exceptions while looking for other
 * vendors' security classes (2.9 % of a chat request's CPU, BENCHMARKS.md "Where a turn's time
 * goes"). Its switch in {@code payara-web.xml} is not read for a WAR inside an EAR. {@code
 * RolesAllowed} stays on the application services (EJBs), where the container checks it again.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ApiRolesAllowed {

  /** Role names of {@link io.tellerline.kernel.Role}; at least one. */
  String[] value();
}
