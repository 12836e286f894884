package io.tellerline.conversation.infrastructure;

import io.tellerline.conversation.domain.NewContact;
import io.tellerline.conversation.domain.Notifier;
import io.tellerline.kernel.CustomerId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The development notifier: sends nothing. It logs that a code went out, naming the contact by its
 * token and showing only the code's last two digits. For tests on a real server it can also drop
 * the whole code into a development outbox directory ({@code tellerline.notifier.dev-outbox}), the
 * stand-in for the customer's phone or mailbox; with {@code tellerline.profile=production} the
 * outbox is never written, so a production server cannot leak codes this way. A bank replaces this
 * adapter with its mail and SMS gateway.
 */
@ApplicationScoped
public class LogNotifier implements Notifier {

  private static final Logger LOG = Logger.getLogger(LogNotifier.class.getName());

  @Inject
  @ConfigProperty(name = "tellerline.notifier.dev-outbox")
  Optional<String> devOutbox;

  @Inject
  @ConfigProperty(name = "tellerline.profile", defaultValue = "development")
  String profile;

  @Inject Clock clock;

  @Override
  public void sendCode(CustomerId customer, NewContact to, String code, Locale language) {
    LOG.info(
        () ->
            "DEVELOPMENT notifier (nothing sent): one-time code "
                + masked(code)
                + " for "
                + to.channel()
                + " "
                + to.token()
                + " of customer "
                + customer);
    outbox().ifPresent(directory -> drop(directory, customer, to, code));
  }

  /** "****12": enough to tell codes apart in the log, too little to use one. */
  static String masked(String code) {
    return "*".repeat(Math.max(0, code.length() - 2))
        + code.substring(Math.max(0, code.length() - 2));
  }

  private Optional<Path> outbox() {
    if (devOutbox.isEmpty() || devOutbox.get().isBlank()) {
      return Optional.empty();
    }
    if ("production".equalsIgnoreCase(profile)) {
      LOG.severe("tellerline.notifier.dev-outbox is ignored in production: codes are not written");
      return Optional.empty();
    }
    return Optional.of(Path.of(devOutbox.get()));
  }

  /** One line per code in the customer's file: "instant channel token code". */
  private void drop(Path directory, CustomerId customer, NewContact to, String code) {
    try {
      Files.createDirectories(directory);
      Files.writeString(
          directory.resolve(customer.value() + ".codes"),
          clock.instant() + " " + to.channel() + " " + to.token() + " " + code + "\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("development outbox not writable", e);
    }
  }
}
