package org.habittracker.application.port.out;

import java.util.UUID;

/** New identifiers, time-ordered (UUID version 7) so that indexes stay compact. */
public interface IdGenerator {
    UUID newId();
}
