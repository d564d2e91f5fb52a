package org.habittracker.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.habittracker.application.port.out.UserRepository;
import org.habittracker.application.port.out.UsernameTakenException;
import org.habittracker.application.testing.TestData;
import org.habittracker.domain.user.User;
import org.habittracker.domain.user.UserId;
import org.habittracker.domain.user.UserSettings;
import org.habittracker.domain.user.Username;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What every {@link UserRepository} does. Extend it with a test that supplies the repository; each call
 * of {@link #users()} within one test must reach the same store. The tests never assume an empty store.
 * Cascades on delete are pinned by the contracts of the things that hang off a user.
 */
public abstract class UserRepositoryContract {

    protected abstract UserRepository users();

    @Test
    @DisplayName("an added user is found by id and by username with every field intact")
    void addedUserIsFoundByIdAndUsername() {
        User ada = new User(new UserId(UUID.randomUUID()), new Username(TestData.uniqueUsername("ada")),
                "plain:pw", new UserSettings(ZoneId.of("America/New_York"), 3, DayOfWeek.SUNDAY),
                Instant.parse("2026-11-22T09:30:00.123456Z"));
        users().add(ada);

        assertThat(users().findById(ada.id())).contains(ada);
        assertThat(users().findByUsername(ada.username())).contains(ada);
    }

    @Test
    @DisplayName("a username is found whatever case it is written in")
    void usernameLookupIgnoresCase() {
        String name = TestData.uniqueUsername("Grace");
        User grace = TestData.user(name);
        users().add(grace);

        assertThat(users().findByUsername(new Username(name.toUpperCase()))).contains(grace);
    }

    @Test
    @DisplayName("a second account with the same name in another case is refused and the first one stays")
    void usernameTakenCaseInsensitively() {
        String name = TestData.uniqueUsername("linus");
        User first = TestData.user(name);
        users().add(first);
        User second = TestData.user(name.toUpperCase());

        assertThatThrownBy(() -> users().add(second)).isInstanceOf(UsernameTakenException.class);
        assertThat(users().findByUsername(first.username())).contains(first);
        assertThat(users().findById(second.id())).isEmpty();
    }

    @Test
    @DisplayName("an unknown id or username finds nothing")
    void unknownUserIsNotFound() {
        assertThat(users().findById(new UserId(UUID.randomUUID()))).isEmpty();
        assertThat(users().findByUsername(new Username(TestData.uniqueUsername("nobody")))).isEmpty();
    }

    @Test
    @DisplayName("updating settings replaces them and keeps everything else")
    void updateSettingsReplacesSettings() {
        User user = TestData.user();
        users().add(user);
        UserSettings changed = new UserSettings(ZoneId.of("Asia/Tokyo"), 5, DayOfWeek.SATURDAY);

        assertThat(users().updateSettings(user.id(), changed)).isTrue();
        assertThat(users().findById(user.id())).contains(user.withSettings(changed));
    }

    @Test
    @DisplayName("updating the settings of an unknown user reports false")
    void updateSettingsOfUnknownUser() {
        UserSettings settings = UserSettings.defaultsFor(ZoneId.of("UTC"));

        assertThat(users().updateSettings(new UserId(UUID.randomUUID()), settings)).isFalse();
    }

    @Test
    @DisplayName("updating one user's settings leaves another user's alone")
    void updateSettingsIsScopedToTheUser() {
        User ada = TestData.user();
        User bob = TestData.user();
        users().add(ada);
        users().add(bob);

        users().updateSettings(ada.id(), new UserSettings(ZoneId.of("Asia/Tokyo"), 2, DayOfWeek.SUNDAY));

        assertThat(users().findById(bob.id())).contains(bob);
    }

    @Test
    @DisplayName("a deleted user is gone, and deleting again reports false")
    void deleteRemovesTheUser() {
        User user = TestData.user();
        users().add(user);

        assertThat(users().delete(user.id())).isTrue();
        assertThat(users().findById(user.id())).isEmpty();
        assertThat(users().findByUsername(user.username())).isEmpty();
        assertThat(users().delete(user.id())).isFalse();
    }

    @Test
    @DisplayName("deleting one user leaves the others")
    void deleteIsScopedToTheUser() {
        User ada = TestData.user();
        User bob = TestData.user();
        users().add(ada);
        users().add(bob);

        users().delete(ada.id());

        assertThat(users().findById(bob.id())).contains(bob);
    }

    @Test
    @DisplayName("a deleted user's name can be taken again")
    void deletedUsernameIsFreeAgain() {
        String name = TestData.uniqueUsername("reuse");
        User first = TestData.user(name);
        users().add(first);
        users().delete(first.id());
        User second = TestData.user(name);

        users().add(second);

        assertThat(users().findByUsername(second.username())).contains(second);
    }
}
