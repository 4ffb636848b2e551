package dev.orchard.icloud.auth;

/** Progress of a sign-in, for the CLI and the daemon to show. Every method has a do-nothing default. */
public interface SignInListener {
    SignInListener NONE = new SignInListener() {
    };

    /** Another process is signing in to the same account; this one waits. */
    default void waitingForOtherProcess() {
    }

    default void signingInWithPassword() {
    }

    default void codeSent(CodeDelivery delivery, TrustedPhoneNumber phone) {
    }

    default void codeAccepted() {
    }

    /** ADP is on: Apple asked the user's devices to approve this web session. */
    default void approvalRequested() {
    }

    default void signedIn(SignInMethod method) {
    }
}
