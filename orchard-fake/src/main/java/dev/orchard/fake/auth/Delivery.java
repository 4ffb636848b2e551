package dev.orchard.fake.auth;

/** A 2FA code the fake "sent", and where to: the trusted device, or a phone by SMS or voice. */
public record Delivery(String code, Channel channel, int phoneId) {
    public enum Channel {
        DEVICE, SMS, VOICE;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public boolean toPhone() {
        return channel != Channel.DEVICE;
    }

    /** Whether {@code entered} is this code, entered for the device (phone null) or for the phone it went to. */
    public boolean accepts(String entered, TrustedPhone phone) {
        boolean sameTarget = phone == null ? !toPhone() : toPhone() && phoneId == phone.id();
        return sameTarget && code.equals(entered);
    }
}
