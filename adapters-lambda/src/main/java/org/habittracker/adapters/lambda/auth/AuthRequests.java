package org.habittracker.adapters.lambda.auth;

import java.util.Set;

import org.habittracker.adapters.lambda.json.JsonFields.Need;
import org.habittracker.adapters.lambda.json.JsonFields;
import org.habittracker.adapters.lambda.json.TimeZones;
import org.habittracker.application.port.in.profile.DeleteAccountCommand;
import org.habittracker.application.port.in.auth.LogInCommand;
import org.habittracker.application.port.in.auth.RegisterCommand;
import org.habittracker.domain.user.UserId;
import org.habittracker.domain.user.Username;

/** The bodies of register, log-in and account deletion as commands; faults are recorded, not thrown. */
public final class AuthRequests {

    private AuthRequests() {
    }

    /** {@code {"username","password","timeZone"}}; the zone must be an IANA name. */
    public static RegisterCommand register(JsonFields body, String clientKey) {
        body.allowOnly(Set.of("username", "password", "timeZone"));
        String username = body.text("username", Need.REQUIRED).orElse(null);
        if (username != null) {
            body.errors().attempt(body.path(), () -> new Username(username));
        }
        String password = body.text("password", Need.REQUIRED).orElse(null);
        String timeZone = body.text("timeZone", Need.REQUIRED).orElse(null);
        if (timeZone != null) {
            body.errors().attempt(body.path(), () -> TimeZones.parse(timeZone, "timeZone"));
        }
        return new RegisterCommand(username, password, timeZone, clientKey);
    }

    /** Only presence and type: anything more would tell a caller which accounts exist. */
    public static LogInCommand logIn(JsonFields body, String clientKey) {
        body.allowOnly(Set.of("username", "password"));
        String username = body.text("username", Need.REQUIRED).orElse(null);
        String password = body.text("password", Need.REQUIRED).orElse(null);
        return new LogInCommand(username, password, clientKey);
    }

    /** {@code DELETE /api/me}: the password again, so a stolen session cannot delete the account. */
    public static DeleteAccountCommand deleteAccount(JsonFields body, UserId owner) {
        body.allowOnly(Set.of("password"));
        return new DeleteAccountCommand(owner, body.text("password", Need.REQUIRED).orElse(null));
    }
}
