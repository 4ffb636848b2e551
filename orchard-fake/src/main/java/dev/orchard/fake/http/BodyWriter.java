package dev.orchard.fake.http;

import java.io.IOException;
import java.io.OutputStream;

/** Streams a response body whose length is known up front. */
@FunctionalInterface
public interface BodyWriter {
    void writeTo(OutputStream out) throws IOException;
}
