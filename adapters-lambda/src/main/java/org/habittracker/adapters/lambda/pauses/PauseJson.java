package org.habittracker.adapters.lambda.pauses;

import java.time.LocalDate;

import org.habittracker.domain.checkin.Pause;

/** A pause as returned and exported; {@code habitId} absent means every habit. */
public record PauseJson(String id, String habitId, LocalDate from, LocalDate to) {

    public static PauseJson from(Pause pause) {
        return new PauseJson(pause.id().toString(), pause.habitId().map(Object::toString).orElse(null), pause.from(),
                pause.to());
    }
}
