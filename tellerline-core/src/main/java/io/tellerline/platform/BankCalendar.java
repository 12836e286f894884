package io.tellerline.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The bank's calendar: which day it is where the bank is ({@code tellerline.bank.time-zone},
 * default Europe/Berlin). "Last month", "tomorrow", staffed hours and the booking date of a
 * transfer all mean the bank's day, not the server's (UTC).
 */
@ApplicationScoped
public class BankCalendar {

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "tellerline.bank.time-zone", defaultValue = "Europe/Berlin")
  String timeZone;

  public ZoneId zone() {
    return ZoneId.of(timeZone);
  }

  public LocalDate today() {
    return LocalDate.now(clock.withZone(zone()));
  }
}
