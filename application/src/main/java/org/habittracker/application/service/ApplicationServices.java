package org.habittracker.application.service;

import jakarta.validation.Validator;
import java.security.SecureRandom;
import org.habittracker.application.port.in.auth.LogInUseCase;
import org.habittracker.application.port.in.auth.LogOutUseCase;
import org.habittracker.application.port.in.auth.RegisterUserUseCase;
import org.habittracker.application.port.in.auth.ResolvePrincipalUseCase;
import org.habittracker.application.port.in.checkin.CheckInsUseCase;
import org.habittracker.application.port.in.data.ExportImportUseCase;
import org.habittracker.application.port.in.habit.ManageHabitsUseCase;
import org.habittracker.application.port.in.health.CheckHealthUseCase;
import org.habittracker.application.port.in.pause.ManagePausesUseCase;
import org.habittracker.application.port.in.profile.ManageProfileUseCase;
import org.habittracker.application.port.in.reminder.ManagePushSubscriptionsUseCase;
import org.habittracker.application.port.in.reminder.ManageRemindersUseCase;
import org.habittracker.application.port.in.reminder.SendDueRemindersUseCase;
import org.habittracker.application.port.in.progress.ViewProgressUseCase;
import org.habittracker.application.port.in.token.ManageApiTokensUseCase;
import org.habittracker.application.service.auth.LogInService;
import org.habittracker.application.service.auth.LogOutService;
import org.habittracker.application.service.auth.LoginThrottle;
import org.habittracker.application.service.auth.RegisterUserService;
import org.habittracker.application.service.auth.ResolvePrincipalService;
import org.habittracker.application.service.auth.SessionIssuer;
import org.habittracker.application.service.checkin.CheckInsService;
import org.habittracker.application.service.data.ExportImportService;
import org.habittracker.application.service.habit.ManageHabitsService;
import org.habittracker.application.service.health.CheckHealthService;
import org.habittracker.application.service.pause.ManagePausesService;
import org.habittracker.application.service.profile.ManageProfileService;
import org.habittracker.application.service.progress.BoardProgress;
import org.habittracker.application.service.progress.ViewProgressService;
import org.habittracker.application.service.reminder.ManagePushSubscriptionsService;
import org.habittracker.application.service.reminder.ManageRemindersService;
import org.habittracker.application.service.reminder.ReminderRescheduling;
import org.habittracker.application.service.reminder.SendDueRemindersService;
import org.habittracker.application.service.shared.CommandValidator;
import org.habittracker.application.service.shared.OwnerWrites;
import org.habittracker.application.service.shared.ProgressAnalyser;
import org.habittracker.application.service.shared.SecureTokens;
import org.habittracker.application.service.shared.UserDays;
import org.habittracker.application.service.token.ManageApiTokensService;

/**
 * Every use case, wired by hand from the outbound ports: what the composition root calls once per
 * container. Building it does no I/O and makes no ids or secrets.
 */
public record ApplicationServices(
        RegisterUserUseCase registerUser,
        LogInUseCase logIn,
        LogOutUseCase logOut,
        ResolvePrincipalUseCase resolvePrincipal,
        ManageProfileUseCase profile,
        ManageHabitsUseCase habits,
        CheckInsUseCase checkIns,
        ManagePausesUseCase pauses,
        ViewProgressUseCase progress,
        ExportImportUseCase exportImport,
        ManageApiTokensUseCase apiTokens,
        CheckHealthUseCase health,
        ManageRemindersUseCase reminders,
        ManagePushSubscriptionsUseCase pushSubscriptions,
        SendDueRemindersUseCase sendDueReminders) {

    /**
     * @param validator a jakarta {@link Validator}; Hibernate Validator with {@code ParameterMessageInterpolator}
     *                  keeps start-up fast (no EL)
     */
    public static ApplicationServices create(OutboundPorts ports, Validator validator) {
        return create(ports, validator, LoginThrottle.DEFAULT, new SecureTokens()); // seeded on the first token
    }

    public static ApplicationServices create(OutboundPorts ports, Validator validator, LoginThrottle throttle,
            SecureRandom random) {
        return create(ports, validator, throttle, new SecureTokens(random));
    }

    private static ApplicationServices create(OutboundPorts ports, Validator validator, LoginThrottle throttle,
            SecureTokens tokens) {
        CommandValidator commands = new CommandValidator(validator);
        UserDays userDays = new UserDays(ports.users(), ports.readCache(), ports.clock());
        OwnerWrites writes = new OwnerWrites(ports.transactions(), ports.readCache());
        ProgressAnalyser analyser = new ProgressAnalyser(ports.checkIns(), ports.pauses(), ports.milestones(),
                ports.checkpoints());
        SessionIssuer sessionIssuer = new SessionIssuer(ports.sessions(), tokens, ports.clock());
        ReminderRescheduling rescheduling = new ReminderRescheduling(ports.reminders(), ports.clock());
        BoardProgress board = new BoardProgress(ports.checkIns(), ports.pauses(), ports.checkpoints(),
                ports.transactions());
        return new ApplicationServices(
                new RegisterUserService(ports.users(), ports.passwordHasher(), ports.transactions(), sessionIssuer,
                        commands, ports.clock(), ports.ids(), ports.loginAttempts(), throttle),
                new LogInService(ports.users(), ports.passwordHasher(), ports.loginAttempts(), sessionIssuer, commands,
                        ports.clock(), throttle, tokens),
                new LogOutService(ports.sessions()),
                new ResolvePrincipalService(ports.sessions(), ports.apiTokens(), userDays, ports.clock()),
                new ManageProfileService(ports.users(), ports.sessions(), ports.passwordHasher(), userDays, writes, commands,
                        rescheduling),
                new ManageHabitsService(ports.habits(), userDays, analyser, writes, commands, ports.clock(), ports.ids()),
                new CheckInsService(ports.habits(), ports.checkIns(), userDays, analyser, writes, commands),
                new ManagePausesService(ports.habits(), ports.pauses(), userDays, analyser, writes, commands, ports.ids()),
                new ViewProgressService(ports.habits(), ports.checkIns(), ports.pauses(), ports.milestones(),
                        ports.readCache(), userDays, analyser, board),
                new ExportImportService(ports.users(), ports.habits(), ports.checkIns(), ports.pauses(),
                        ports.milestones(), ports.reminders(), rescheduling, userDays, writes, analyser, ports.clock(),
                        ports.ids()),
                new ManageApiTokensService(ports.apiTokens(), ports.transactions(), userDays, tokens, ports.clock(),
                        ports.ids()),
                new CheckHealthService(ports.databaseHealth(), ports.readCache()),
                new ManageRemindersService(ports.habits(), ports.reminders(), userDays, writes, commands, ports.clock()),
                new ManagePushSubscriptionsService(ports.pushSubscriptions(), ports.push(), writes, commands,
                        ports.clock(), ports.ids()),
                new SendDueRemindersService(ports.reminders(), ports.reminderSends(), ports.pushSubscriptions(),
                        ports.habits(), ports.users(), board, ports.push()));
    }
}
