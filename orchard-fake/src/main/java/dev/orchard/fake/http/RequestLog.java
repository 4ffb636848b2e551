package dev.orchard.fake.http;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Optional request log: one JSON object per line, {ts, via, method, host, path, query, status, ms, headers, body}. */
public final class RequestLog implements Closeable {
    private static final int MAX_BODY = 4096;
    private final BufferedWriter out;

    public RequestLog(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND, StandardOpenOption.WRITE);
    }

    public void record(Exchange ex, long millis) {
        ObjectNode line = Json.object();
        line.put("ts", Instant.now().toString());
        line.put("via", ex.via().label());
        line.put("method", ex.method());
        line.put("host", ex.host());
        line.put("path", ex.path());
        line.put("query", ex.rawQuery() == null ? "" : ex.rawQuery());
        line.put("status", ex.isReset() ? 0 : ex.status());
        line.put("ms", millis);
        ObjectNode headers = line.putObject("headers");
        for (Map.Entry<String, List<String>> h : ex.headers().entrySet()) {
            headers.put(h.getKey(), String.join(", ", h.getValue()));
        }
        byte[] body = ex.body();
        if (body.length > 0) {
            String text = new String(body, 0, Math.min(body.length, MAX_BODY), StandardCharsets.UTF_8);
            line.put("body", body.length > MAX_BODY ? text + "...(" + body.length + " bytes)" : text);
        }
        String json = line.toString();
        synchronized (this) {
            try {
                out.write(json);
                out.newLine();
                out.flush();
            } catch (IOException e) {
                // The log is a diagnostic aid; a full disk must not fail the request being served.
            }
        }
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }
}
