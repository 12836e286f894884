package io.tellerline.identity.application;

import io.tellerline.platform.BoundedConfig;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * This instance's short memory of each customer's latest strong authentication, as recorded in the
 * database, so that an API request does not need a database round trip for it. Through the
 * application the record only moves forward in time, so what is remembered is never later than the
 * truth: a request it allows is allowed by the record too, and one it would refuse is checked
 * against the record. A change made beside the application (a record deleted or set back) is seen
 * once the memory of it lapses: {@code tellerline.identity.strong-authentication-memory}, 10 s by
 * default, 0 to read the record on every request.
 */
@ApplicationScoped
public class KnownStrongAuthentications {

  /** Far more customers than one instance serves within the lifetime; past it, memory restarts. */
  static final int MOST = 100_000;

  private final Map<String, Known> latest = new ConcurrentHashMap<>();
  private Duration lifetime = Duration.ofSeconds(10);

  private record Known(Instant at, Instant learned) {}

  @PostConstruct
  void readConfiguration() {
    lifetime =
        BoundedConfig.of(ConfigProvider.getConfig())
            .duration(
                "tellerline.identity.strong-authentication-memory",
                lifetime,
                Duration.ZERO,
                Duration.ofMinutes(5));
  }

  /** What is known of the subject's latest strong authentication, if learned recently enough. */
  public Optional<Instant> of(String subject, Instant now) {
    Known known = latest.get(subject);
    if (known == null || known.learned().plus(lifetime).isBefore(now)) {
      return Optional.empty();
    }
    return Optional.of(known.at());
  }

  /** Whether {@code at} is later than what is known of the subject (so it has to be recorded). */
  public boolean isNews(String subject, Instant at, Instant now) {
    return of(subject, now).map(known -> known.isBefore(at)).orElse(true);
  }

  public void remember(String subject, Instant at, Instant now) {
    if (lifetime.isZero()) {
      return;
    }
    if (latest.size() >= MOST && !latest.containsKey(subject)) {
      latest.clear();
    }
    latest.put(subject, new Known(at, now)); // just recorded, or just read: never later than truth
  }

  void lifetime(Duration lifetime) {
    this.lifetime = lifetime;
  }
}
