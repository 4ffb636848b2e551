package dev.orchard.icloud.auth;

/** A phone Apple can text or call a code to; Apple only ever shows the last digits. */
public record TrustedPhoneNumber(int id, String display, String pushMode) {
}
