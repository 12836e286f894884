package io.tellerline.conversation.application.intents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tellerline.banking.domain.ContactChannel;
import io.tellerline.conversation.application.AssistantFixture;
import io.tellerline.conversation.application.AssistantReply;
import io.tellerline.conversation.domain.NewContact;
import io.tellerline.kernel.CustomerId;
import io.tellerline.privacy.application.MasterKeys;
import io.tellerline.privacy.application.PersonalDataProtection;
import io.tellerline.privacy.crypto.FieldCipher;
import io.tellerline.privacy.detection.PiiType;
import io.tellerline.privacy.domain.ProtectedText.Original;
import io.tellerline.privacy.tokenization.TokenizationKeys;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ContactChangeHandlerTest {

  private static final String TOKEN = "[EMAIL:3f9a1c2b8e7d6a50]";

  private final AssistantFixture customer = new AssistantFixture();
  private final ContactChangeHandler handler = new ContactChangeHandler();
  private final Map<UUID, Original> typed = new HashMap<>();
  private final List<String> sent = new ArrayList<>();
  private final List<String> changed = new ArrayList<>();
  private final UUID emailMessage = UUID.randomUUID();

  ContactChangeHandlerTest() {
    handler.tasks = customer.tasks;
    handler.clock = customer.clock;
    handler.contactDetails = (owner, channel, value) -> changed.add(channel + " " + value);
    ContactCodes codes = new ContactCodes();
    codes.protection = new KeptValues();
    codes.masterKeys = new Keys();
    codes.notifier =
        (owner, to, code, language) -> sent.add(to.channel() + " " + to.token() + " " + code);
    codes.init();
    handler.codes = codes;
    typed.put(emailMessage, new Original(PiiType.EMAIL, TOKEN, "mia.new@example.com"));
  }

  @Test
  void theNewAddressIsConfirmedByTheCodeSentToItAndChangedOnce() {
    assertEquals("contact.EMAIL.ask", say("I need to change my e-mail address").templateKey());
    AssistantReply confirm = customer.say(handler, "[EMAIL]", emailMessage, true);
    assertEquals("contact.EMAIL.confirm", confirm.templateKey());
    assertEquals(emailMessage.toString(), customer.task().get().slot("contact_message").get());

    AssistantReply codeSent = say("yes");
    assertEquals("contact.EMAIL.code_sent", codeSent.templateKey());
    assertEquals(1, sent.size());
    String code = sent.get(0).substring(sent.get(0).lastIndexOf(' ') + 1);
    assertTrue(sent.get(0).startsWith("EMAIL " + TOKEN + " "), sent.get(0));
    Map<String, String> slots = customer.task().get().slots();
    assertFalse(slots.containsValue(code), "the code is kept only as its hash: " + slots);
    assertFalse(slots.toString().contains("mia.new"), "the address is not in the task");

    assertTrue(say(wrong(code)).text().contains("(2 tries left)"));
    AssistantReply done = say("the code is " + code);
    assertEquals("contact.EMAIL.done", done.templateKey());
    assertEquals(List.of("EMAIL mia.new@example.com"), changed);
    assertEquals(Map.of("channel", "EMAIL", "contact", TOKEN, "status", "CHANGED"), done.done());
  }

  @Test
  void theMatchingCodeSendsOnlyTheChannelAndTheMessageToTheGateAgain() {
    String code = codeSentFor("change my email to [EMAIL]");
    AssistantReply waits = customer.sayBeforeStepUp(handler, code);
    assertEquals("step_up.required", waits.templateKey());
    assertEquals(
        Map.of("channel", "EMAIL", "contact_message", emailMessage.toString()), customer.parked());
    assertTrue(changed.isEmpty(), "nothing changes before the step-up");
    assertEquals("Done: your e-mail address with the bank is changed.", customer.resume());
    assertEquals(List.of("EMAIL mia.new@example.com"), changed);
  }

  @Test
  void threeWrongCodesDropTheChange() {
    String code = codeSentFor("change my email to [EMAIL]");
    say(wrong(code));
    say(wrong(code));
    AssistantReply dropped = say(wrong(code));
    assertEquals("contact.code_exhausted", dropped.templateKey());
    assertTrue(customer.task().isEmpty());
    assertTrue(changed.isEmpty());
  }

  @Test
  void aCodeTypedAfterTenMinutesDropsTheChange() {
    String code = codeSentFor("change my email to [EMAIL]");
    customer.clock.advance(Duration.ofMinutes(10));
    assertEquals("contact.code_expired", say(code).templateKey());
    assertTrue(customer.task().isEmpty());
    assertTrue(changed.isEmpty());
  }

  @Test
  void asksForTheChannelThenForAValueItCanRead() {
    assertEquals("contact.ask_channel", say("update my contact details").templateKey());
    assertEquals("contact.PHONE.ask", say("my phone").templateKey());
    assertEquals("contact.PHONE.unclear", say("the new one").templateKey());
    assertEquals(
        Optional.of(PiiType.PHONE),
        handler.keptWholeAs(customer.task().get(), " +49 170 1234567 "),
        "a number typed alone is kept whole, encrypted, whatever the detector says");
    assertEquals(Optional.empty(), handler.keptWholeAs(customer.task().get(), "call me"));
    assertEquals("Cancelled. Your contact details are unchanged.", say("cancel").text());
  }

  @Test
  void aValueThatIsNoContactIsRefusedBeforeAnyCodeIsSent() {
    typed.put(emailMessage, new Original(PiiType.EMAIL, TOKEN, "not an address"));
    customer.say(handler, "change my email to [EMAIL]", emailMessage, false);
    assertEquals("contact.invalid", say("yes").templateKey());
    assertTrue(sent.isEmpty());
  }

  @Test
  void contactFormsAreChecked() {
    assertEquals(
        Optional.of("a.b@example.org"), ContactChannel.EMAIL.normalized(" a.b@example.org "));
    assertEquals(Optional.empty(), ContactChannel.EMAIL.normalized("a@b"));
    assertEquals(
        Optional.empty(), ContactChannel.EMAIL.normalized("x".repeat(250) + "@example.org"));
    assertEquals(
        Optional.of("+49 170 1234567"), ContactChannel.PHONE.normalized("+49  170 1234567"));
    assertEquals(Optional.empty(), ContactChannel.PHONE.normalized("12345"));
    assertEquals(
        "NewContact[EMAIL " + TOKEN + "]",
        new NewContact(ContactChannel.EMAIL, "mia.new@example.com", TOKEN).toString());
  }

  private String codeSentFor(String request) {
    customer.say(handler, request, emailMessage, false);
    say("yes");
    return sent.get(sent.size() - 1).substring(sent.get(sent.size() - 1).lastIndexOf(' ') + 1);
  }

  private AssistantReply say(String text) {
    return customer.say(handler, text);
  }

  private static String wrong(String code) {
    return code.equals("000000") ? "111111" : "000000";
  }

  /** The originals the customer typed, by message. */
  private final class KeptValues extends PersonalDataProtection {
    @Override
    public Optional<Original> keptIn(CustomerId owner, UUID messageId, PiiType type) {
      return Optional.ofNullable(typed.get(messageId)).filter(o -> o.type() == type);
    }
  }

  private static final class Keys implements MasterKeys {
    @Override
    public FieldCipher wrapping() {
      throw new UnsupportedOperationException();
    }

    @Override
    public String activeKeyId() {
      return "test";
    }

    @Override
    public Set<String> heldKeyIds() {
      return Set.of("test");
    }

    @Override
    public SortedMap<Integer, TokenizationKeys> tokenizationVersions() {
      return new TreeMap<>(Map.of(1, new TokenizationKeys(new byte[32], new byte[32])));
    }
  }
}
