package org.habittracker.adapters.persistence;

import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The schema, by Flyway: the SQL files in {@code db/migration}. Migrating validates first (the applied
 * migrations must match the files, checksums included), so a database changed by hand, or code older
 * than the database, stops the start rather than running against a schema it does not know.
 */
final class Migrations {
    static final String LOCATION = "classpath:db/migration";
    /** Flyway's lock and its work each take a connection. */
    static final int CONNECTIONS_NEEDED = 2;

    private Migrations() {
    }

    static MigrateResult migrate(DataSource dataSource, Optional<String> schema) {
        return flyway(dataSource, schema).migrate();
    }

    static Flyway flyway(DataSource dataSource, Optional<String> schema) {
        FluentConfiguration config = Flyway.configure()
                .dataSource(dataSource)
                .locations(LOCATION)
                .failOnMissingLocations(true)
                .validateOnMigrate(true)
                .cleanDisabled(true);
        // With a schema named in the URL, the tables and Flyway's history go there, created if missing.
        schema.ifPresent(name -> config.schemas(name).defaultSchema(name).createSchemas(true));
        return config.load();
    }
}
