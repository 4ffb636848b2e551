package dev.orchard.icloud.auth;

/** Supplies the Apple ID password, only when a password sign-in is really needed. */
@FunctionalInterface
public interface PasswordProvider {
    /** The password; the caller wipes the array after use. */
    char[] password();
}
