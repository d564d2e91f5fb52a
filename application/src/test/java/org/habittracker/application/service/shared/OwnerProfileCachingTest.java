package org.habittracker.application.service.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.habittracker.application.error.NotFoundException;
import org.habittracker.application.port.in.auth.IssuedSession;
import org.habittracker.application.port.in.data.ImportOptions;
import org.habittracker.application.port.in.data.UserDataExport;
import org.habittracker.application.port.in.profile.DeleteAccountCommand;
import org.habittracker.application.port.in.profile.UpdateSettingsCommand;
import org.habittracker.application.port.in.token.CreatedApiToken;
import org.habittracker.application.port.out.ReadModelKey;
import org.habittracker.application.service.OutboundPorts;
import org.habittracker.application.testing.CountingUserRepository;
import org.habittracker.application.testing.InMemoryApplication;
import org.habittracker.application.testing.InMemoryPorts;
import org.habittracker.domain.user.UserId;
import org.habittracker.domain.user.UserSettings;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The owner's profile (who they are, how their days are cut) is read through the read cache, so that the
 * requests that only read (the principal behind every request, the board) cost no database query while
 * nothing changes, and every change of it is seen at once.
 */
class OwnerProfileCachingTest {
    /** At {@link InMemoryPorts#START} (09:30 UTC) it is still the day before in Pago Pago (UTC-11). */
    private static final String BEHIND_UTC = "Pacific/Pago_Pago";
    private static final LocalDate TODAY_IN_BERLIN = LocalDate.of(2026, 11, 22);

    private final InMemoryPorts ports = new InMemoryPorts();
    private final CountingUserRepository users = new CountingUserRepository(ports.users());
    private final InMemoryApplication app = new InMemoryApplication(ports, withUsers(ports, users));
    private final IssuedSession ada = app.register("ada");
    private final UserId adaId = ada.principal().userId();

    private static OutboundPorts withUsers(InMemoryPorts ports,
            CountingUserRepository users) {
        OutboundPorts all = ports.outbound();
        return new OutboundPorts(users, all.habits(), all.checkIns(), all.pauses(), all.milestones(), all.checkpoints(),
                all.reminders(), all.reminderSends(), all.pushSubscriptions(), all.push(), all.sessions(),
                all.apiTokens(), all.loginAttempts(), all.passwordHasher(), all.transactions(), all.readCache(),
                all.databaseHealth(), all.clock(), all.ids());
    }

    private void changeTimeZone(String zone) {
        app.services().profile().updateSettings(
                new UpdateSettingsCommand(adaId, Optional.of(zone), Optional.empty(), Optional.empty()));
    }

    @Test
    @DisplayName("requests that read the board look the user up in the database once, then find them in the cache")
    void boardRequestsReadTheUserOnce() {
        int before = users.lookUpsById();

        for (int request = 0; request < 3; request++) {
            assertThat(app.services().resolvePrincipal().bySessionToken(ada.token())).contains(ada.principal());
            app.services().progress().todayBoard(adaId);
        }

        assertThat(users.lookUpsById() - before).isEqualTo(1);
    }

    @Test
    @DisplayName("an API token's owner is looked up in the database once while nothing changes")
    void apiTokenOwnerIsReadOnce() {
        CreatedApiToken token = app.services().apiTokens().create(adaId, "cron");
        int before = users.lookUpsById();

        assertThat(app.services().resolvePrincipal().byApiToken(token.secret())).contains(ada.principal());
        assertThat(app.services().resolvePrincipal().byApiToken(token.secret())).contains(ada.principal());

        assertThat(users.lookUpsById() - before).isEqualTo(1);
    }

    @Test
    @DisplayName("a new time zone moves the board's today at once, though the old settings were cached")
    void settingsChangeReachesTheBoard() {
        assertThat(app.services().progress().todayBoard(adaId).today()).isEqualTo(TODAY_IN_BERLIN);

        changeTimeZone(BEHIND_UTC);

        assertThat(app.services().progress().todayBoard(adaId).today()).isEqualTo(TODAY_IN_BERLIN.minusDays(1));
    }

    @Test
    @DisplayName("settings replaced by an import reach the next board at once")
    void importedSettingsReachTheBoard() {
        app.services().progress().todayBoard(adaId);
        UserDataExport exported = app.services().exportImport().export(adaId);
        UserSettings behind = UserSettings.defaultsFor(ZoneId.of(BEHIND_UTC));

        app.services().exportImport().importData(adaId, new UserDataExport(exported.formatVersion(),
                exported.exportedAt(), exported.username(), behind, List.of(), List.of()), new ImportOptions(ImportOptions.Duplicates.COPY, ImportOptions.Settings.REPLACE));

        assertThat(app.services().progress().todayBoard(adaId).today()).isEqualTo(TODAY_IN_BERLIN.minusDays(1));
    }

    @Test
    @DisplayName("a change of settings makes the next request read the user from the database again")
    void settingsChangeForgetsTheProfile() {
        app.services().resolvePrincipal().bySessionToken(ada.token());
        changeTimeZone(BEHIND_UTC);
        int before = users.lookUpsById();

        app.services().resolvePrincipal().bySessionToken(ada.token());

        assertThat(users.lookUpsById() - before).isEqualTo(1);
    }

    @Test
    @DisplayName("once the account is deleted, its session and API token resolve to nobody, though it was cached")
    void deletedAccountIsNotResolvedFromTheCache() {
        CreatedApiToken token = app.services().apiTokens().create(adaId, "cron");
        app.services().resolvePrincipal().bySessionToken(ada.token());
        app.services().resolvePrincipal().byApiToken(token.secret());

        app.services().profile().deleteAccount(new DeleteAccountCommand(adaId, InMemoryApplication.PASSWORD));

        assertThat(app.services().resolvePrincipal().bySessionToken(ada.token())).isEmpty();
        assertThat(app.services().resolvePrincipal().byApiToken(token.secret())).isEmpty();
        assertThatThrownBy(() -> app.services().progress().todayBoard(adaId)).isInstanceOf(NotFoundException.class);
    }

    @Test
    @DisplayName("a user who does not exist is not found, and nothing is cached for them")
    void unknownUserIsNotCached() {
        UserId nobody = new UserId(UUID.randomUUID());

        assertThatThrownBy(() -> app.services().progress().todayBoard(nobody)).isInstanceOf(NotFoundException.class);

        assertThat(ports.readCache().get(new ReadModelKey(nobody, OwnerProfile.CACHE_NAME), OwnerProfile.class,
                () -> null)).isNull();
    }

    @Test
    @DisplayName("the profile kept in the cache holds who the owner is and their settings, never the password hash")
    void cachedProfileHoldsNoSecret() {
        assertThat(OwnerProfile.class.getRecordComponents()).extracting(RecordComponent::getName)
                .containsExactly("id", "username", "settings");
        assertThat(app.services().progress().todayBoard(adaId)).isNotNull();
        assertThat(ports.readCache().get(new ReadModelKey(adaId, OwnerProfile.CACHE_NAME), OwnerProfile.class,
                () -> null)).isEqualTo(new OwnerProfile(adaId, ada.principal().username(),
                        UserSettings.defaultsFor(ZoneId.of("Europe/Berlin"))));
    }
}
