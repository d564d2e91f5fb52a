package org.habittracker.application.error;

/** A per-user limit would be passed, for example more than 500 habits. */
public final class LimitExceededException extends RuntimeException {
    private final String field;
    private final long limit;

    public LimitExceededException(String field, long limit, String message) {
        super(message);
        this.field = field;
        this.limit = limit;
    }

    public String field() {
        return field;
    }

    public long limit() {
        return limit;
    }
}
