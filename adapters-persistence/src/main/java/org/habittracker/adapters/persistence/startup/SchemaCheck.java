package org.habittracker.adapters.persistence.startup;

import java.io.IOException;
import java.math.BigInteger;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A cheap answer to "is the schema already at the latest migration this code carries?", so that a start
 * against a current database skips Flyway (its classes, its classpath scan, its lock and its queries, a
 * good part of a cold start). One query on one connection (at start, the pool's first, which the first
 * request then finds open): the highest version in Flyway's {@code flyway_schema_history}, all of whose rows
 * succeeded, at or past the highest {@code V…__*.sql} in {@code db/migration} on the classpath.
 *
 * <p>What skipping gives up: Flyway's validation of the applied migrations' checksums, which only a run
 * with something to apply (a deployment with a new migration) or a test catches then. Anything this check
 * cannot tell (no history table, a failed row, migrations it cannot list, any error) answers "not current",
 * and Flyway runs as before.
 */
public final class SchemaCheck {

    static final String LOCATION = "db/migration";
    private static final Pattern VERSIONED = Pattern.compile("V([0-9][0-9._]*)__.+\\.sql");

    /** A connection to the database to check, closed (or given back to its pool) after the one query. */
    @FunctionalInterface
    public interface Connector {
        Connection connect() throws SQLException;
    }

    private SchemaCheck() {
    }

    /** Whether the database {@code connector} reaches is at the latest bundled migration; false when unsure. */
    public static boolean current(Connector connector, ClassLoader loader) {
        Optional<List<BigInteger>> bundled = latestBundled(loader);
        if (bundled.isEmpty()) {
            return false;
        }
        try {
            // Newer than this code's (a rollback to the previous version) counts as current too: Flyway would
            // accept it as well (future migrations are ignored), after doing the same work.
            return latestApplied(connector).map(applied -> compare(applied, bundled.get()) >= 0).orElse(false);
        } catch (SQLException | RuntimeException e) {
            return false; // no history table yet (42P01), no connection…: Flyway decides, and reports
        }
    }

    /** The highest version among the {@code V…__*.sql} files in {@code db/migration}, if they can be listed. */
    static Optional<List<BigInteger>> latestBundled(ClassLoader loader) {
        URL directory = loader.getResource(LOCATION);
        if (directory == null) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>();
        try {
            switch (directory.getProtocol()) {
                case "jar" -> {
                    URLConnection connection = directory.openConnection();
                    if (!(connection instanceof JarURLConnection jar)) {
                        return Optional.empty();
                    }
                    String prefix = jar.getEntryName() + "/";
                    jar.getJarFile().stream().map(entry -> entry.getName())
                            .filter(name -> name.startsWith(prefix) && name.indexOf('/', prefix.length()) < 0)
                            .map(name -> name.substring(prefix.length())).forEach(names::add);
                }
                case "file" -> {
                    try (Stream<Path> files = Files.list(Path.of(directory.toURI()))) {
                        files.map(file -> file.getFileName().toString()).forEach(names::add);
                    }
                }
                default -> {
                    return Optional.empty();
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
        return names.stream().map(VERSIONED::matcher).filter(Matcher::matches).map(m -> parse(m.group(1)))
                .max(SchemaCheck::compare);
    }

    private static Optional<List<BigInteger>> latestApplied(Connector connector) throws SQLException {
        // The pool's driver properties hold for this connection too: never a wait on a driver default.
        try (Connection connection = connector.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL")) {
            List<BigInteger> highest = null;
            while (rows.next()) {
                if (!rows.getBoolean(2)) {
                    return Optional.empty(); // a failed migration: Flyway must look at it
                }
                List<BigInteger> version = parse(rows.getString(1));
                if (highest == null || compare(version, highest) > 0) {
                    highest = version;
                }
            }
            return Optional.ofNullable(highest);
        }
    }

    /** {@code 1}, {@code 1.2}, {@code 1_2} (as in a file name) as numbers to compare. */
    static List<BigInteger> parse(String version) {
        List<BigInteger> parts = new ArrayList<>();
        for (String part : version.replace('_', '.').split("\\.")) {
            if (!part.isEmpty()) {
                parts.add(new BigInteger(part));
            }
        }
        return parts;
    }

    /** Flyway's order: part by part, a missing part counting as 0 ({@code 1} = {@code 1.0}). */
    static int compare(List<BigInteger> a, List<BigInteger> b) {
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            BigInteger x = i < a.size() ? a.get(i) : BigInteger.ZERO;
            BigInteger y = i < b.size() ? b.get(i) : BigInteger.ZERO;
            int order = x.compareTo(y);
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }
}
