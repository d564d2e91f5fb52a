package org.habittracker.application.testing;

import java.util.concurrent.atomic.AtomicReference;
import org.habittracker.application.port.out.ComponentHealth;
import org.habittracker.application.port.out.DatabaseHealth;

/** A database probe whose answer a test sets; up until told otherwise. */
public final class SettableDatabaseHealth implements DatabaseHealth {
    private final AtomicReference<ComponentHealth> answer = new AtomicReference<>(ComponentHealth.healthy(1));

    public void answer(ComponentHealth health) {
        answer.set(health);
    }

    @Override
    public ComponentHealth probe() {
        return answer.get();
    }
}
