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
}
