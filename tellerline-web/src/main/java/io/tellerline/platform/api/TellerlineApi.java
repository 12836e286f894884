package io.tellerline.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The customer-facing REST API. Every resource method is denied unless {@code ApiRolesAllowed} or
 * {@code ApiPermitAll} allows (identity.api).
 *
 * <p>Resources are stateless and {@code @ApplicationScoped}: the container then builds each one
 * once, with its injected services, instead of on every request (each build looked the injected
 * session beans up in JNDI again, about 2 % of a chat request's CPU; BENCHMARKS.md "Where a turn's
 * time goes"). What belongs to the request ({@code @Context} request, URI) is injected as a proxy
 * to the current one; a resource keeps nothing of a request in a field.
 */
@ApplicationPath("api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Tellerline API",
            version = "0.1",
            description = "Customer chat API. Errors are RFC 9457 problem details."))
@SecurityScheme(
    securitySchemeName = "keycloak",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT")
public class TellerlineApi extends Application {}
