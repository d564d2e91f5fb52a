package org.habittracker.application.error;

/** The thing does not exist for this owner. Another user's habit is "not found", never "forbidden". */
public final class NotFoundException extends RuntimeException {
    private final String kind;

    public NotFoundException(String kind, Object id) {
        super(kind + " not found: " + id);
        this.kind = kind;
    }

    /** What was looked for, such as {@code habit} or {@code pause}. */
    public String kind() {
        return kind;
    }
}
