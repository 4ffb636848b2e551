package dev.orchard.app.notify;

/** One way of telling the user (ntfy, webhook, e-mail, script). */
public interface NotificationChannel {
    /** For logs and errors; never contains a secret (no tokens, no full webhook URLs). */
    String describe();

    void send(Event event) throws Exception;
}
