package dev.orchard.icloud.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body into memory, but never more than {@code cap} bytes: an announced Content-Length
 * over the cap is refused before a byte is read, and a body that grows past it is cut off there. Either way
 * the body completes with {@link TooLarge}, so a hostile or broken server cannot exhaust the heap.
 */
final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
    private final long cap;
    private final long announced;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private Flow.Subscription subscription;
    private long received;

    private CappedBody(long cap, long announced) {
        this.cap = cap;
        this.announced = announced;
    }

    static HttpResponse.BodyHandler<byte[]> handler(long cap) {
        return info -> new CappedBody(cap, info.headers().firstValueAsLong("Content-Length").orElse(-1));
    }

    /** The body was over the cap; {@code size} is what the server announced, or what arrived before the cut. */
    static final class TooLarge extends IOException {
        final long size;
        final boolean announced;

        TooLarge(long size, boolean announced) {
            super("response body over the size limit");
            this.size = size;
            this.announced = announced;
        }
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (announced > cap) {
            s.cancel();
            result.completeExceptionally(new TooLarge(announced, true));
            return;
        }
        s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (result.isDone()) return;
        for (ByteBuffer b : items) {
            received += b.remaining();
            if (received > cap) {
                subscription.cancel();
                result.completeExceptionally(new TooLarge(received, false));
                return;
            }
            byte[] chunk = new byte[b.remaining()];
            b.get(chunk);
            bytes.writeBytes(chunk);
        }
    }

    @Override
    public void onError(Throwable t) {
        result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
        result.complete(bytes.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }
}
