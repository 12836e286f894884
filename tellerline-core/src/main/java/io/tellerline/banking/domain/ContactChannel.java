package io.tellerline.banking.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/** How the bank reaches a customer besides the post, and what a contact on it looks like. */
public enum ContactChannel {
  EMAIL {
    @Override
    public Optional<String> normalized(String typed) {
      String value = typed.strip();
      return value.length() <= 254 && EMAIL_FORM.matcher(value).matches()
          ? Optional.of(value)
          : Optional.empty();
    }
  },
  PHONE {
    /** International or national form with spaces, dashes, dots or brackets; 7 to 15 digits. */
    @Override
    public Optional<String> normalized(String typed) {
      String value = typed.strip();
      long digits = value.chars().filter(Character::isDigit).count();
      return PHONE_FORM.matcher(value).matches() && digits >= 7 && digits <= 15
          ? Optional.of(value.replaceAll("\\s+", " "))
          : Optional.empty();
    }
  };

  /** A pragmatic form (RFC 5321 lengths): local part, one @, a domain with a dot. */
  private static final Pattern EMAIL_FORM =
      Pattern.compile(
          "[A-Za-z0-9._%+'-]{1,64}@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,24}");

  private static final Pattern PHONE_FORM = Pattern.compile("\\+?[0-9][0-9 ()./-]{5,24}[0-9]");

  /** The contact in the form the bank keeps, or empty when it is not one of this channel. */
  public abstract Optional<String> normalized(String typed);
}
