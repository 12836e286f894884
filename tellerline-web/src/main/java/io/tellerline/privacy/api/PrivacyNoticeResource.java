package io.tellerline.privacy.api;

import io.tellerline.identity.api.ApiPermitAll;
import io.tellerline.privacy.application.PrivacyNotice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;

/**
 * The chat's privacy notice, public: it must be readable before signing in and before the first
 * message. {@code lang} is {@code en} or {@code de} (anything else gives English); the answer
 * carries the version a consent names.
 */
@ApplicationScoped
@Path("privacy-notice")
public class PrivacyNoticeResource {

  @GET
  @ApiPermitAll
  @Produces(MediaType.APPLICATION_JSON)
  public PrivacyNotice.Text get(@QueryParam("lang") String language) {
    String asked = language == null ? "" : language;
    return PrivacyNotice.bundled()
        .in(
            PrivacyNotice.LANGUAGES.contains(asked)
                ? Locale.forLanguageTag(asked)
                : Locale.ENGLISH);
  }
}
