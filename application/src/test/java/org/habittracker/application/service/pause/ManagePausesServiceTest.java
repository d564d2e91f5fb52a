package org.habittracker.application.service.pause;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.habittracker.application.testing.Violations.assertRefusedOn;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.habittracker.application.error.NotFoundException;
import org.habittracker.application.port.in.checkin.RecordCheckInCommand;
import org.habittracker.application.port.in.pause.CreatePauseCommand;
import org.habittracker.application.port.in.pause.ManagePausesUseCase;
import org.habittracker.application.testing.HabitFixtures;
import org.habittracker.application.testing.InMemoryApplication;
import org.habittracker.domain.checkin.CheckInStatus;
import org.habittracker.domain.checkin.Pause;
import org.habittracker.domain.checkin.PauseId;
import org.habittracker.domain.habit.Habit;
import org.habittracker.domain.progress.Milestone;
import org.habittracker.domain.progress.MilestoneKind;
import org.habittracker.domain.user.UserId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ManagePausesServiceTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private final InMemoryApplication app = new InMemoryApplication();
    private final ManagePausesUseCase pauses = app.services().pauses();
    private final UserId ada = app.registerUser("ada");
    private final UserId bob = app.registerUser("bob");
    private final Habit run = app.services().habits().create(HabitFixtures.daily(ada, "Run", TODAY.minusDays(9)));

    private CreatePauseCommand forRun(LocalDate from, LocalDate to) {
        return new CreatePauseCommand(ada, Optional.of(run.id()), from, to);
    }

    @Test
    @DisplayName("a pause for one habit is stored with a new id for its owner")
    void createForOneHabit() {
        Pause pause = pauses.create(forRun(TODAY, TODAY.plusDays(13)));

        assertThat(pause.owner()).isEqualTo(ada);
        assertThat(pause.habitId()).contains(run.id());
        assertThat(pauses.list(ada)).containsExactly(pause);
    }

    @Test
    @DisplayName("a pause without a habit covers all of the owner's habits")
    void createForAllHabits() {
        Pause pause = pauses.create(new CreatePauseCommand(ada, Optional.empty(), TODAY, TODAY.plusDays(6)));

        assertThat(pause.habitId()).isEmpty();
        assertThat(pause.appliesTo(run.id())).isTrue();
    }

    @Test
    @DisplayName("pauses are listed by start day, the owner's only")
    void listByStartDay() {
        Pause later = pauses.create(forRun(TODAY.plusDays(30), TODAY.plusDays(31)));
        Pause earlier = pauses.create(forRun(TODAY, TODAY.plusDays(1)));
        pauses.create(new CreatePauseCommand(bob, Optional.empty(), TODAY, TODAY));

        assertThat(pauses.list(ada)).containsExactly(earlier, later);
    }

    @Test
    @DisplayName("an end before the start is refused on 'to'")
    void endBeforeStart() {
        assertRefusedOn("to", () -> pauses.create(forRun(TODAY, TODAY.minusDays(1))));
    }

    @Test
    @DisplayName("a missing start is refused on 'from'")
    void missingStart() {
        assertRefusedOn("from", () -> pauses.create(new CreatePauseCommand(ada, Optional.empty(), null, TODAY)));
    }

    @Test
    @DisplayName("a pause for another user's habit is 'not found' and not stored")
    void anotherUsersHabit() {
        assertThatThrownBy(() -> pauses.create(new CreatePauseCommand(bob, Optional.of(run.id()), TODAY, TODAY)))
                .isInstanceOf(NotFoundException.class);

        assertThat(pauses.list(bob)).isEmpty();
    }

    @Test
    @DisplayName("a deleted pause is gone")
    void deleteRemoves() {
        Pause pause = pauses.create(forRun(TODAY, TODAY));

        pauses.delete(ada, pause.id());

        assertThat(pauses.list(ada)).isEmpty();
    }

    @Test
    @DisplayName("deleting an unknown pause, or another user's, is 'not found'")
    void deleteUnknownOrOthers() {
        Pause pause = pauses.create(forRun(TODAY, TODAY));

        assertThatThrownBy(() -> pauses.delete(bob, pause.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> pauses.delete(ada, new PauseId(UUID.randomUUID())))
                .isInstanceOf(NotFoundException.class);
        assertThat(pauses.list(ada)).containsExactly(pause);
    }

    @Test
    @DisplayName("a pause over missed days can join two runs into a milestone, which is then recorded")
    void pauseRecordsMilestones() {
        // Done on days -9..-6 and -2..0, missed -5..-3: two runs of 4 and 3.
        for (int ago : new int[] {9, 8, 7, 6, 2, 1, 0}) {
            app.services().checkIns().record(new RecordCheckInCommand(ada, run.id(), TODAY.minusDays(ago),
                    CheckInStatus.DONE, Optional.empty(), Optional.empty()));
        }
        assertThat(app.ports().milestones().findByHabit(ada, run.id())).isEmpty();

        pauses.create(forRun(TODAY.minusDays(5), TODAY.minusDays(3)));

        assertThat(app.ports().milestones().findByHabit(ada, run.id()))
                .containsExactly(new Milestone(MilestoneKind.STREAK_7, TODAY));
    }

    @Test
    @DisplayName("creating a pause forgets the owner's cached read models")
    void createInvalidates() {
        app.plantCacheProbe(ada);

        pauses.create(forRun(TODAY, TODAY));

        assertThat(app.probeSurvived(ada)).isFalse();
    }

    @Test
    @DisplayName("deleting a pause forgets the owner's cached read models")
    void deleteInvalidates() {
        Pause pause = pauses.create(forRun(TODAY, TODAY));
        app.plantCacheProbe(ada);

        pauses.delete(ada, pause.id());

        assertThat(app.probeSurvived(ada)).isFalse();
    }
}
