package dev.orchard.fake.http;

/** What the server does with each request: answers it, and says how the answer's body travels. */
public interface Dispatcher {
    void dispatch(Exchange ex);

    /** Whether the body of this response should be cut short (decided once per response). */
    boolean truncate(Exchange ex);

    /** The rate the body of this response is paced to, in bytes per second; 0 or less for full speed. */
    long bandwidth(Exchange ex);
}
