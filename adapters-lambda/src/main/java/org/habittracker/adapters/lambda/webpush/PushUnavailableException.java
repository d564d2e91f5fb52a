package org.habittracker.adapters.lambda.webpush;

/**
 * The VAPID credentials could not be had now (their secret could not be read, or holds no valid key pair): the
 * public-key route answers 503 for it, as when push is not configured. The message never holds a key.
 */
public final class PushUnavailableException extends IllegalStateException {

    public PushUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
