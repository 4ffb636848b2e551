package dev.orchard.fake.http;

/** Thrown by handlers for malformed requests; the bridge answers 400 with the message. */
public class BadRequest extends RuntimeException {
    public BadRequest(String message) {
        super(message);
    }
}
