package dev.orchard.fake.auth;

/** Where one sign-in stands (docs/protocol/sign-in.md §7: init → complete → 2fa-pending → verified → trusted). */
public enum LoginStage {
    /** signin/init answered; waiting for the proof. */
    INIT,
    /** The proof was wrong or the account refused; only a new init helps. */
    REJECTED,
    /** Password right, second factor outstanding (409). */
    SECOND_FACTOR,
    /** Password right, repair/complete outstanding (412). */
    REPAIR,
    /** Signed in: password plus second factor, a trust token, repair, or no second factor at all. */
    AUTHENTICATED
}
