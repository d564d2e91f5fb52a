package org.habittracker.adapters.persistence.startup;

/** When the persistence adapter brings the schema up to date. */
public enum SchemaMigration {
    /** Flyway when {@code flyway_schema_history} is behind this code's latest migration ({@link SchemaCheck}). */
    WHEN_BEHIND,
    /** Flyway at every start, as before the schema check (for the bench's comparison). */
    ALWAYS,
    /** Never: the schema is someone else's business. */
    NEVER
}
