package org.habittracker.application.port.out;

/** Asks the database whether it answers, quickly and without throwing. */
public interface DatabaseHealth {
    ComponentHealth probe();
}
