package org.habittracker.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.habittracker.application.port.out.HabitRepository;
import org.habittracker.application.port.out.PauseRepository;
import org.habittracker.application.port.out.UserRepository;
import org.habittracker.application.testing.TestData;
import org.habittracker.domain.checkin.Pause;
import org.habittracker.domain.checkin.PauseId;
import org.habittracker.domain.habit.Habit;
import org.habittracker.domain.habit.HabitId;
import org.habittracker.domain.user.User;
import org.habittracker.domain.user.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PauseRepository} does: pauses for one habit or for all, listed by start day, scoped
 * by owner, and gone with their habit (the all-habits ones stay) or with their owner.
 */
public abstract class PauseRepositoryContract {

    protected abstract UserRepository users();

    protected abstract HabitRepository habits();

    protected abstract PauseRepository pauses();

    private UserId ada;
    private UserId bob;
    private Habit run;

    @BeforeEach
    void createOwnersAndHabit() {
        ada = addUser();
        bob = addUser();
        run = TestData.habit(ada, "Run", 0);
        habits().add(run);
    }

    private UserId addUser() {
        User user = TestData.user();
        users().add(user);
        return user.id();
    }

    private Pause pause(UserId owner, Optional<HabitId> habit, String from, String to) {
        Pause pause = new Pause(new PauseId(UUID.randomUUID()), owner, habit, LocalDate.parse(from),
                LocalDate.parse(to));
        pauses().add(pause);
        return pause;
    }

    @Test
    @DisplayName("added pauses, for one habit and for all, are listed by start day")
    void pausesAreListedByStartDay() {
        Pause august = pause(ada, Optional.empty(), "2026-08-01", "2026-08-14");
        Pause march = pause(ada, Optional.of(run.id()), "2026-03-02", "2026-03-02");
        Pause june = pause(ada, Optional.of(run.id()), "2026-06-10", "2026-06-20");

        assertThat(pauses().findAll(ada)).containsExactly(march, june, august);
    }

    @Test
    @DisplayName("findAll lists the owner's pauses only")
    void findAllIsScopedByOwner() {
        Pause adas = pause(ada, Optional.empty(), "2026-08-01", "2026-08-14");
        Pause bobs = pause(bob, Optional.empty(), "2026-07-01", "2026-07-14");

        assertThat(pauses().findAll(ada)).containsExactly(adas);
        assertThat(pauses().findAll(bob)).containsExactly(bobs);
    }

    @Test
    @DisplayName("a deleted pause is gone, and deleting again reports false")
    void deleteRemovesThePause() {
        Pause pause = pause(ada, Optional.empty(), "2026-08-01", "2026-08-14");
        Pause other = pause(ada, Optional.of(run.id()), "2026-09-01", "2026-09-03");

        assertThat(pauses().delete(ada, pause.id())).isTrue();
        assertThat(pauses().findAll(ada)).containsExactly(other);
        assertThat(pauses().delete(ada, pause.id())).isFalse();
    }

    @Test
    @DisplayName("another user cannot delete a pause")
    void anotherUserCannotDelete() {
        Pause pause = pause(ada, Optional.empty(), "2026-08-01", "2026-08-14");

        assertThat(pauses().delete(bob, pause.id())).isFalse();
        assertThat(pauses().findAll(ada)).containsExactly(pause);
    }

    @Test
    @DisplayName("deleting a habit deletes its own pauses and keeps the pauses for all habits")
    void deletingTheHabitDeletesItsPauses() {
        pause(ada, Optional.of(run.id()), "2026-06-10", "2026-06-20");
        Pause forAll = pause(ada, Optional.empty(), "2026-08-01", "2026-08-14");

        habits().delete(ada, run.id());

        assertThat(pauses().findAll(ada)).containsExactly(forAll);
    }

    @Test
    @DisplayName("deleting the owner deletes their pauses and keeps everyone else's")
    void deletingTheOwnerDeletesPauses() {
        pause(ada, Optional.of(run.id()), "2026-06-10", "2026-06-20");
        pause(ada, Optional.empty(), "2026-08-01", "2026-08-14");
        Pause bobs = pause(bob, Optional.empty(), "2026-07-01", "2026-07-14");

        users().delete(ada);

        assertThat(pauses().findAll(ada)).isEmpty();
        assertThat(pauses().findAll(bob)).containsExactly(bobs);
    }
}
