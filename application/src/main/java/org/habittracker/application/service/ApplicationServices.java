package org.habittracker.application.service;

import jakarta.validation.Validator;
import java.security.SecureRandom;
import org.habittracker.application.port.in.CheckHealthUseCase;
import org.habittracker.application.port.in.CheckInsUseCase;
import org.habittracker.application.port.in.ExportImportUseCase;
import org.habittracker.application.port.in.LogInUseCase;
import org.habittracker.application.port.in.LogOutUseCase;
import org.habittracker.application.port.in.ManageApiTokensUseCase;
import org.habittracker.application.port.in.ManageHabitsUseCase;
import org.habittracker.application.port.in.ManagePausesUseCase;
import org.habittracker.application.port.in.ManageProfileUseCase;
import org.habittracker.application.port.in.RegisterUserUseCase;
import org.habittracker.application.port.in.ResolvePrincipalUseCase;
import org.habittracker.application.port.in.ViewProgressUseCase;

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
        CheckHealthUseCase health) {

    /**
     * @param validator a jakarta {@link Validator}; Hibernate Validator with {@code ParameterMessageInterpolator}
     *                  keeps start-up fast (no EL)
     */
    public static ApplicationServices create(OutboundPorts ports, Validator validator) {
        return create(ports, validator, LoginThrottle.DEFAULT, new SecureRandom());
    }

    public static ApplicationServices create(OutboundPorts ports, Validator validator, LoginThrottle throttle,
            SecureRandom random) {
        CommandValidator commands = new CommandValidator(validator);
        SecureTokens tokens = new SecureTokens(random);
        UserDays userDays = new UserDays(ports.users(), ports.readCache(), ports.clock());
        OwnerWrites writes = new OwnerWrites(ports.transactions(), ports.readCache());
        ProgressAnalyser analyser = new ProgressAnalyser(ports.checkIns(), ports.pauses(), ports.milestones());
        SessionIssuer sessionIssuer = new SessionIssuer(ports.sessions(), tokens, ports.clock());
        return new ApplicationServices(
                new RegisterUserService(ports.users(), ports.passwordHasher(), ports.transactions(), sessionIssuer,
                        commands, ports.clock(), ports.ids()),
                new LogInService(ports.users(), ports.passwordHasher(), ports.loginAttempts(), sessionIssuer, commands,
                        ports.clock(), throttle, tokens),
                new LogOutService(ports.sessions()),
                new ResolvePrincipalService(ports.sessions(), ports.apiTokens(), userDays, ports.clock()),
                new ProfileService(ports.users(), ports.sessions(), ports.passwordHasher(), userDays, writes, commands),
                new HabitService(ports.habits(), userDays, analyser, writes, commands, ports.clock(), ports.ids()),
                new CheckInService(ports.habits(), ports.checkIns(), userDays, analyser, writes, commands),
                new PauseService(ports.habits(), ports.pauses(), userDays, analyser, writes, commands, ports.ids()),
                new ProgressService(ports.habits(), ports.checkIns(), ports.pauses(), ports.milestones(),
                        ports.readCache(), userDays, analyser),
                new ExportImportService(ports.users(), ports.habits(), ports.checkIns(), ports.pauses(),
                        ports.milestones(), userDays, writes, analyser, ports.clock(), ports.ids()),
                new ApiTokenService(ports.apiTokens(), userDays, tokens, ports.clock(), ports.ids()),
                new HealthService(ports.databaseHealth(), ports.readCache()));
    }
}
