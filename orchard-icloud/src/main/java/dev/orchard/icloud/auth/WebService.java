package dev.orchard.icloud.auth;

/** One entry of accountLogin's {@code webservices} map, e.g. ckdatabasews. */
public record WebService(String name, String url, String status, boolean pcsRequired) {
    public boolean active() {
        return status == null || status.equalsIgnoreCase("active");
    }
}
