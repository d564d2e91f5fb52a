package org.habittracker.application.testing;

import java.security.SecureRandom;
import java.time.LocalDate;
import org.habittracker.application.port.in.auth.IssuedSession;
import org.habittracker.application.port.in.auth.Principal;
import org.habittracker.application.port.in.auth.RegisterCommand;
import org.habittracker.application.port.out.ReadModelKey;
import org.habittracker.application.service.ApplicationServices;
import org.habittracker.application.service.OutboundPorts;
import org.habittracker.application.service.auth.LoginThrottle;
import org.habittracker.application.service.shared.OwnerProfile;
import org.habittracker.domain.user.UserId;

/**
 * The whole application over in-memory ports: the real services, wired by their real factory, with a
 * clock and ids the test controls. One per test.
 */
public final class InMemoryApplication {
    public static final String PASSWORD = "correct horse battery";

    private final InMemoryPorts ports;
    private final ApplicationServices services;

    public InMemoryApplication() {
        this(new InMemoryPorts());
    }

    public InMemoryApplication(InMemoryPorts ports) {
        this(ports, ports.outbound());
    }

    /** With some ports replaced, for example by one that fails on purpose. */
    public InMemoryApplication(InMemoryPorts ports, OutboundPorts outbound) {
        this.ports = ports;
        this.services = ApplicationServices.create(outbound, Validators.validator(), LoginThrottle.DEFAULT,
                new SecureRandom());
    }

    public InMemoryPorts ports() {
        return ports;
    }

    public ApplicationServices services() {
        return services;
    }

    /** Registers a user in Europe/Berlin with {@link #PASSWORD}. */
    public IssuedSession register(String username) {
        return services.registerUser().register(new RegisterCommand(username, PASSWORD, "Europe/Berlin", "client-of-" + username));
    }

    public UserId registerUser(String username) {
        return register(username).principal().userId();
    }

    /** The owner as a request of theirs would be resolved now: with the settings they have at this moment. */
    public Principal principal(UserId owner) {
        return OwnerProfile.of(services.profile().profile(owner)).principal();
    }

    /** The owner's today, as the services see it. */
    public LocalDate today(UserId owner) {
        return services.profile().profile(owner).settings().userDay().dayOf(ports.clock().instant());
    }

    /**
     * Puts a marker among the owner's cached read models; {@link #probeSurvived} tells later whether an
     * invalidation has swept it away.
     */
    public void plantCacheProbe(UserId owner) {
        ports.readCache().get(new ReadModelKey(owner, "probe"), String.class, () -> "planted");
    }

    public boolean probeSurvived(UserId owner) {
        return "planted".equals(ports.readCache().get(new ReadModelKey(owner, "probe"), String.class, () -> "reloaded"));
    }
}
