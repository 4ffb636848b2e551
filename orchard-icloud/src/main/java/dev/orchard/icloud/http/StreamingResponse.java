package dev.orchard.icloud.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpHeaders;

/** A response whose body is read as a stream; close it to release the connection. */
public record StreamingResponse(URI uri, int status, HttpHeaders headers, InputStream body) implements AutoCloseable {

    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    /** Content-Length, or -1 when absent. */
    public long contentLength() {
        return headers.firstValueAsLong("Content-Length").orElse(-1);
    }

    @Override
    public void close() throws IOException {
        body.close();
    }
}
