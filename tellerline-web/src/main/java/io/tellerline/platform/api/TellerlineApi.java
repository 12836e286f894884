package io.tellerline.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The customer-facing REST API. Every resource is denied unless a role or @PermitAll allows. */
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
