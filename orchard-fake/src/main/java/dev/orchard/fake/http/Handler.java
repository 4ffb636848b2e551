package dev.orchard.fake.http;

/** Answers one request by filling in the exchange's response. */
@FunctionalInterface
public interface Handler {
    void handle(Exchange exchange) throws Exception;
}
