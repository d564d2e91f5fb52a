package org.habittracker.application.port.in.pause;

import java.util.List;
import org.habittracker.domain.checkin.Pause;
import org.habittracker.domain.checkin.PauseId;
import org.habittracker.domain.user.UserId;

public interface ManagePausesUseCase {

    Pause create(CreatePauseCommand command);

    List<Pause> list(UserId owner);

    void delete(UserId owner, PauseId id);
}
