package dev.orchard.app.mfa;

import dev.orchard.icloud.auth.CodeDelivery;
import dev.orchard.icloud.auth.MfaPrompt;
import dev.orchard.icloud.auth.TrustedPhoneNumber;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the 2FA page tells the person: a wrong code, where the code went (as Apple shows the phone), the way back. */
class MfaPageTest {
    static final TrustedPhoneNumber PHONE = new TrustedPhoneNumber(3, "+1 (•••) •••-••81", "sms");

    private static MfaPrompt prompt(String appleId, CodeDelivery delivered, Integer phone, int attempt, boolean previousWrong) {
        return new MfaPrompt(appleId, 6, true, List.of(PHONE), delivered, phone, attempt, previousWrong, (d, p) -> { });
    }

    @Test
    void aWrongCodeIsSaidAndThePhoneIsNamedByItsMaskedNumber() {
        String html = new MfaPage("", "./").render(List.of(), prompt("mum@example.com", CodeDelivery.SMS, 3, 2, true), null, null);
        assertThat(html).contains("<p id=\"wrong-code\"><strong>That code was wrong.</strong>").contains("(try 2 of 3)")
                .contains("for <b id=\"apple-id\">mum@example.com</b> by text to +1 (•••) •••-••81.")
                .doesNotContain("phone 3").contains("<a id=\"status-link\" href=\"./\">Back to the status page</a>");

        String first = new MfaPage("", "./").render(List.of(), prompt("mum@example.com", CodeDelivery.VOICE, 3, 1, false), null, null);
        assertThat(first).doesNotContain("wrong-code").contains("by a call to +1 (•••) •••-••81.");
    }

    @Test
    void theDaemonsPageLinksRelativelyAndLoginsPageHasNoStatusLink() {
        MfaPrompt p = prompt("mum@example.com", CodeDelivery.DEVICE, null, 1, false);
        assertThat(new MfaPage("", "./").render(List.of(), p, null, null)).contains("href=\"./\"").contains("action=\"mfa\"")
                .contains("action=\"mfa/resend\"").doesNotContain("=\"/").contains("to your trusted devices");
        assertThat(new MfaPage("", null).render(List.of(), p, null, null)).doesNotContain("status-link").contains("action=\"/mfa\"");
    }

    @Test
    void severalAccountsWaitingAreListedToChooseFrom() {
        String html = new MfaPage("", "./").render(List.of(prompt("mum@example.com", CodeDelivery.DEVICE, null, 1, false),
                prompt("dad@example.com", CodeDelivery.DEVICE, null, 1, false)), null, null, null);
        assertThat(html).contains("Several Apple IDs wait for a code").contains("href=\"mfa?account=mum%40example.com\"")
                .contains("href=\"mfa?account=dad%40example.com\"").doesNotContain("name=\"code\"");
    }
}
