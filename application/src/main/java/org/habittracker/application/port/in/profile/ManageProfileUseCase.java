package org.habittracker.application.port.in.profile;

import org.habittracker.domain.user.User;
import org.habittracker.domain.user.UserId;

public interface ManageProfileUseCase {

    User profile(UserId owner);

    User updateSettings(UpdateSettingsCommand command);

    /** Deletes the account and everything it owns, after checking the password again. */
    void deleteAccount(DeleteAccountCommand command);
}
