package org.habittracker.adapters.lambda.pauses;

import java.util.List;

/** {@code GET /api/pauses}. */
public record PauseListJson(List<PauseJson> pauses) {
}
