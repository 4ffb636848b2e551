package dev.orchard.app.signin;

import dev.orchard.icloud.auth.CodeDelivery;
import dev.orchard.icloud.auth.SignInListener;
import dev.orchard.icloud.auth.SignInMethod;
import dev.orchard.icloud.auth.TrustedPhoneNumber;

import java.io.PrintWriter;

/** Tells the person at the terminal what sign-in is doing. */
final class ConsoleSignInListener implements SignInListener {
    private final PrintWriter out;
    private final String appleId;

    ConsoleSignInListener(PrintWriter out, String appleId) {
        this.out = out;
        this.appleId = appleId;
    }

    @Override
    public void waitingForOtherProcess() {
        say("Another Orchard process is signing in to " + appleId + "; waiting for it to finish.");
    }

    @Override
    public void signingInWithPassword() {
        say("Signing in to iCloud as " + appleId + " with the password...");
    }

    @Override
    public void codeSent(CodeDelivery delivery, TrustedPhoneNumber phone) {
        say(delivery == CodeDelivery.DEVICE ? "Apple is sending a verification code to your trusted devices."
                : "Apple is sending a verification code by " + delivery.wire() + " to " + phone.display() + ".");
    }

    @Override
    public void codeAccepted() {
        say("Verification code accepted.");
    }

    @Override
    public void approvalRequested() {
        say("Advanced Data Protection is on: approve the iCloud web access request on your iPhone, iPad or Mac now.");
    }

    @Override
    public void signedIn(SignInMethod method) {
        say(switch (method) {
            case STORED_COOKIES_UNCHECKED -> "Using the stored iCloud session.";
            case VALIDATED_COOKIES -> "Reused the stored iCloud session.";
            case STORED_TOKENS -> "Renewed the iCloud session from the stored tokens (no password needed).";
            case PASSWORD -> "Signed in with the password; this machine is still trusted, so no code was needed.";
            case PASSWORD_AND_CODE -> "Signed in; this machine is now trusted for about two months.";
        });
    }

    private void say(String line) {
        out.println(line);
        out.flush();
    }
}
