package org.habittracker.application.port.out;

import java.util.List;
import org.habittracker.domain.checkin.Pause;
import org.habittracker.domain.checkin.PauseId;
import org.habittracker.domain.user.UserId;

/** Vacations, scoped by owner. */
public interface PauseRepository {

    void add(Pause pause);

    /** All the owner's pauses, for one habit or all, by start day. */
    List<Pause> findAll(UserId owner);

    boolean delete(UserId owner, PauseId id);
}
