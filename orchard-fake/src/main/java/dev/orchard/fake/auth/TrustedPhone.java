package dev.orchard.fake.auth;

/** A trusted phone number of an account; only the last two digits are ever shown to clients. */
public record TrustedPhone(int id, String number) {
    public String lastTwoDigits() {
        String digits = number.replaceAll("\\D", "");
        return digits.length() < 2 ? digits : digits.substring(digits.length() - 2);
    }

    public String obfuscated() {
        return "(•••) •••-••" + lastTwoDigits();
    }

    public String withDialCode() {
        return "+1 (•••) •••-••" + lastTwoDigits();
    }
}
