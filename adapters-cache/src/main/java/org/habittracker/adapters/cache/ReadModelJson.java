package org.habittracker.adapters.cache;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.Arrays;
import org.habittracker.domain.habit.Goal;
import org.habittracker.domain.habit.Schedule;

/**
 * How read models (application and domain records) are written to Redis: JSON, through Jackson, with the
 * type discriminators of the sealed {@link Schedule} and {@link Goal} added here by a mix-in, so the domain
 * stays free of Jackson. A {@code byte[]} is kept as it is: the caller chose its format and names it in the key.
 *
 * <p>Strict on reading: a missing or unknown property fails, and the cache then treats the entry as a miss.
 * That is what makes a deployment that changes a record safe: entries written by the old code are reloaded,
 * never read into a half-filled value.
 */
final class ReadModelJson {

    private ReadModelJson() {
    }

    /** Built on first use (on the background connect thread, by {@link #warmUp}), not at class loading of the cache. */
    private static final class Holder {
        static final ObjectMapper MAPPER = JsonMapper.builder()
                .addModule(new Jdk8Module())
                .addModule(new JavaTimeModule())
                .addMixIn(Schedule.class, TypeDiscriminatorMixIn.class)
                .addMixIn(Goal.class, TypeDiscriminatorMixIn.class)
                .registerSubtypes(namedSubtypes(Schedule.class))
                .registerSubtypes(namedSubtypes(Goal.class))
                // Numbers, not ISO text: as exact (nanoseconds kept) and a quarter faster to read back.
                .enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.WRITE_DATE_TIMESTAMPS_AS_NANOSECONDS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    static void warmUp() {
        Holder.MAPPER.getTypeFactory();
    }

    /** Bytes are a read model its caller serialised already (the rendered board): stored as they are. */
    static byte[] write(Object value) throws IOException {
        return value instanceof byte[] serialised ? serialised : Holder.MAPPER.writeValueAsBytes(value);
    }

    static <T> T read(byte[] json, Class<T> type) throws IOException {
        return type == byte[].class ? type.cast(json) : Holder.MAPPER.readValue(json, type);
    }

    /** Both sealed families carry a {@code type} property; the names come from {@link #namedSubtypes}. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
    private interface TypeDiscriminatorMixIn {
    }

    /**
     * Every permitted subtype of a sealed interface, named by its simple name with a lower-case first letter
     * ({@code Schedule.TimesPerWindow} → {@code timesPerWindow}, as in the HTTP API). Read from the sealed
     * hierarchy, so a subtype added to the domain is covered without touching this class.
     */
    static NamedType[] namedSubtypes(Class<?> sealedInterface) {
        return Arrays.stream(sealedInterface.getPermittedSubclasses())
                .map(subtype -> new NamedType(subtype, typeName(subtype)))
                .toArray(NamedType[]::new);
    }

    static String typeName(Class<?> subtype) {
        String simple = subtype.getSimpleName();
        return Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
    }
}
