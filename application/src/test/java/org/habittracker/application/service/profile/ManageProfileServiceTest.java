package org.habittracker.application.service.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.habittracker.application.testing.Violations.assertRefusedOn;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.Optional;
import org.habittracker.application.error.AuthenticationFailedException;
import org.habittracker.application.port.in.auth.IssuedSession;
import org.habittracker.application.port.in.profile.DeleteAccountCommand;
import org.habittracker.application.port.in.profile.ManageProfileUseCase;
import org.habittracker.application.port.in.profile.UpdateSettingsCommand;
import org.habittracker.application.testing.InMemoryApplication;
import org.habittracker.application.testing.TestData;
import org.habittracker.domain.habit.Habit;
import org.habittracker.domain.user.User;
import org.habittracker.domain.user.UserId;
import org.habittracker.domain.user.UserSettings;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ManageProfileServiceTest {
    private final InMemoryApplication app = new InMemoryApplication();
    private final ManageProfileUseCase profile = app.services().profile();
    private final IssuedSession adaSession = app.register("ada");
    private final UserId ada = adaSession.principal().userId();

    private UpdateSettingsCommand settings(Optional<String> zone, Optional<Integer> dayStart, Optional<String> week) {
        return new UpdateSettingsCommand(ada, zone, dayStart, week);
    }

    @Test
    @DisplayName("the profile is the user's account")
    void profileIsTheAccount() {
        User user = profile.profile(ada);

        assertThat(user.username().value()).isEqualTo("ada");
        assertThat(user.settings()).isEqualTo(UserSettings.defaultsFor(ZoneId.of("Europe/Berlin")));
    }

    @Test
    @DisplayName("updating settings changes the fields given and keeps the others")
    void updateChangesOnlyGivenFields() {
        User updated = profile.updateSettings(settings(Optional.empty(), Optional.of(3), Optional.of("SUNDAY")));

        UserSettings expected = new UserSettings(ZoneId.of("Europe/Berlin"), 3, DayOfWeek.SUNDAY);
        assertThat(updated.settings()).isEqualTo(expected);
        assertThat(profile.profile(ada).settings()).isEqualTo(expected);
    }

    @Test
    @DisplayName("the week start is understood in any case")
    void weekStartIgnoresCase() {
        User updated = profile.updateSettings(settings(Optional.empty(), Optional.empty(), Optional.of("saturday")));

        assertThat(updated.settings().weekStart()).isEqualTo(DayOfWeek.SATURDAY);
    }

    @Test
    @DisplayName("an unknown time zone is refused on 'timeZone'")
    void unknownTimeZone() {
        assertRefusedOn("timeZone",
                () -> profile.updateSettings(settings(Optional.of("Nowhere/Land"), Optional.empty(), Optional.empty())));
    }

    @Test
    @DisplayName("a day-start hour past 5 is refused on 'dayStartHour'")
    void dayStartHourOutOfRange() {
        assertRefusedOn("dayStartHour",
                () -> profile.updateSettings(settings(Optional.empty(), Optional.of(6), Optional.empty())));
    }

    @Test
    @DisplayName("a week start that is no day is refused on 'weekStart'")
    void unknownWeekStart() {
        assertRefusedOn("weekStart",
                () -> profile.updateSettings(settings(Optional.empty(), Optional.empty(), Optional.of("Funday"))));
    }

    @Test
    @DisplayName("a refused update changes nothing")
    void refusedUpdateChangesNothing() {
        assertRefusedOn("weekStart",
                () -> profile.updateSettings(settings(Optional.of("UTC"), Optional.of(2), Optional.of("Funday"))));

        assertThat(profile.profile(ada).settings()).isEqualTo(UserSettings.defaultsFor(ZoneId.of("Europe/Berlin")));
    }

    @Test
    @DisplayName("updating settings forgets the user's cached read models")
    void updateInvalidatesTheCache() {
        app.plantCacheProbe(ada);

        profile.updateSettings(settings(Optional.empty(), Optional.of(2), Optional.empty()));

        assertThat(app.probeSurvived(ada)).isFalse();
    }

    @Test
    @DisplayName("deleting the account with the right password removes the user, their habits and their sessions")
    void deleteAccount() {
        Habit habit = TestData.habit(ada, "Read", 0);
        app.ports().habits().add(habit);

        profile.deleteAccount(new DeleteAccountCommand(ada, InMemoryApplication.PASSWORD));

        assertThat(app.ports().users().findById(ada)).isEmpty();
        assertThat(app.ports().habits().findAll(ada)).isEmpty();
        assertThat(app.services().resolvePrincipal().bySessionToken(adaSession.token())).isEmpty();
    }

    @Test
    @DisplayName("deleting the account with a wrong password fails and deletes nothing")
    void deleteAccountNeedsThePassword() {
        assertThatThrownBy(() -> profile.deleteAccount(new DeleteAccountCommand(ada, "wrong password")))
                .isInstanceOf(AuthenticationFailedException.class);

        assertThat(app.ports().users().findById(ada)).isPresent();
        assertThat(app.services().resolvePrincipal().bySessionToken(adaSession.token())).isPresent();
    }

    @Test
    @DisplayName("deleting one account leaves another")
    void deleteAccountIsScoped() {
        UserId bob = app.registerUser("bob");

        profile.deleteAccount(new DeleteAccountCommand(ada, InMemoryApplication.PASSWORD));

        assertThat(profile.profile(bob).username().value()).isEqualTo("bob");
    }
}
