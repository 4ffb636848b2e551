package dev.orchard.app.mfa;

import dev.orchard.icloud.auth.CodeDelivery;
import dev.orchard.icloud.auth.MfaPrompt;
import dev.orchard.icloud.auth.TrustedPhoneNumber;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * The terminal front-end of the {@link MfaBroker}: prints what Apple offers and reads lines, which are a
 * code or a request for a new one ({@code device}, {@code sms [id]}, {@code voice [id]}).
 */
public final class ConsolePrompt {
    private final MfaBroker broker;
    private final BufferedReader in;
    private final PrintWriter out;
    private boolean reading;

    public ConsolePrompt(MfaBroker broker, BufferedReader in, PrintWriter out) {
        this.broker = broker;
        this.in = in;
        this.out = out;
    }

    /**
     * Prints each prompt's instructions and, from the first prompt on, reads the terminal in the
     * background. Reading starts only then, so it never competes with the password prompt before it.
     */
    public void start() {
        broker.onPrompt(p -> {
            describe(p);
            startReading();
        });
    }

    private synchronized void startReading() {
        if (reading) return;
        reading = true;
        Thread.ofPlatform().daemon().name("mfa-console").start(this::readLoop);
    }

    private void describe(MfaPrompt p) {
        if (p.previousWrong()) out.println("That code was not accepted. Try again (attempt " + p.attempt() + " of 3).");
        String where = p.deliveredTo() == null ? "your trusted devices or phone"
                : p.deliveredTo() == CodeDelivery.DEVICE ? "your trusted devices" : "phone " + p.phoneId() + " by " + p.deliveredTo().wire();
        out.println("Apple sent a " + p.codeLength() + "-digit verification code to " + where + ".");
        StringBuilder alt = new StringBuilder("Type the code, or ");
        if (p.trustedDevices()) alt.append("'device' for a new one on your devices, ");
        for (TrustedPhoneNumber phone : p.phones()) {
            alt.append("'sms ").append(phone.id()).append("' or 'voice ").append(phone.id()).append("' for ").append(phone.display()).append(", ");
        }
        out.println(alt.substring(0, alt.length() - 2) + ".");
        out.print("Code: ");
        out.flush();
    }

    private void readLoop() {
        try {
            String line;
            while ((line = in.readLine()) != null) {
                handle(line.strip());
            }
        } catch (IOException e) {
            // The terminal went away: the web page (or the timeout) takes over.
        }
    }

    void handle(String line) {
        if (line.isEmpty()) return;
        String[] words = line.split("\\s+");
        try {
            if (words[0].matches("\\d+")) {
                if (!broker.submit(words[0])) out.println("No code is being waited for.");
                return;
            }
            CodeDelivery d = CodeDelivery.parse(words[0]);
            Integer phone = words.length > 1 ? Integer.valueOf(words[1]) : null;
            if (broker.resend(d, phone)) {
                out.print("A new code is on its way. Code: ");
            } else {
                out.println("No code is being waited for.");
            }
        } catch (IllegalArgumentException e) {
            out.print(e.getMessage() + ". Code: ");
        } catch (RuntimeException e) {
            out.print("Could not ask for a new code: " + e.getMessage() + ". Code: ");
        }
        out.flush();
    }
}
