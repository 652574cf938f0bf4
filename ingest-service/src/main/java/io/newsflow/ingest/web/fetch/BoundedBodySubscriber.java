package io.newsflow.ingest.web.fetch;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body as it streams in and gives up as soon as it is longer than allowed, so a
 * server cannot make the service buffer more than the limit: a declared Content-Length over the limit
 * fails before a byte is read, and an undeclared (chunked) body fails at the first byte past it.
 */
final class BoundedBodySubscriber implements HttpResponse.BodySubscriber<byte[]> {
    private final long maxBytes;
    private final long declaredLength;
    private final CompletableFuture<byte[]> body = new CompletableFuture<>();
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();
    private Flow.Subscription subscription;

    /** @param declaredLength the Content-Length, or -1 when the server did not say */
    BoundedBodySubscriber(long maxBytes, long declaredLength) {
        this.maxBytes = maxBytes;
        this.declaredLength = declaredLength;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return body;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        if (declaredLength > maxBytes) {
            subscription.cancel();
            body.completeExceptionally(tooLarge("declares a Content-Length of " + declaredLength + " bytes"));
            return;
        }
        subscription.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (body.isDone()) {
            return; // a cancelled subscription may still deliver what was in flight
        }
        for (ByteBuffer buffer : buffers) {
            if (received.size() + (long) buffer.remaining() > maxBytes) {
                subscription.cancel();
                body.completeExceptionally(tooLarge("is longer than " + maxBytes + " bytes"));
                return;
            }
            byte[] chunk = new byte[buffer.remaining()];
            buffer.get(chunk);
            received.writeBytes(chunk);
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable failure) {
        body.completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
        body.complete(received.toByteArray());
    }

    private FetchException tooLarge(String what) {
        return new FetchException(FetchFailure.TOO_LARGE, "The response body " + what + "; the limit is " + maxBytes
                + " bytes. Raise the size limit if this document is expected to be that large");
    }
}
