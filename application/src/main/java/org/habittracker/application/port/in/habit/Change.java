package org.habittracker.application.port.in.habit;

import java.util.Optional;
import java.util.function.Function;

/**
 * A partial update of one optional field: leave it, clear it, or set it. Plain {@code Optional} cannot
 * tell "absent from the request" from "sent as null", which PATCH needs for clearable fields.
 */
public sealed interface Change<T> {

    record Keep<T>() implements Change<T> {
    }

    record Clear<T>() implements Change<T> {
    }

    record Set<T>(T value) implements Change<T> {
    }

    static <T> Change<T> keep() {
        return new Keep<>();
    }

    static <T> Change<T> clear() {
        return new Clear<>();
    }

    static <T> Change<T> set(T value) {
        return new Set<>(value);
    }

    /** The new value of a field that currently holds {@code current}. */
    default Optional<T> applyTo(Optional<T> current) {
        return switch (this) {
            case Keep<T> k -> current;
            case Clear<T> c -> Optional.empty();
            case Set<T> s -> Optional.of(s.value());
        };
    }

    default <R> Change<R> map(Function<T, R> mapper) {
        return switch (this) {
            case Keep<T> k -> keep();
            case Clear<T> c -> clear();
            case Set<T> s -> set(mapper.apply(s.value()));
        };
    }
}
