package org.habittracker.bench.load;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

/**
 * What the uncached board's biggest query (JdbiCheckInRepository.ALL_BY_OWNER: 7,300 rows for ARCHITECTURE.md §8's user)
 * costs the JVM to read, as the adapter configures the driver today (prepareThreshold=0: unnamed statements,
 * results as text) and with binary results (prepareThreshold=-1, with plan_cache_mode=force_custom_plan so
 * that every execution is still planned for its owner). Reads each row into the same values the adapter makes.
 * One thread, so the CPU time per query is the JVM's alone; PostgreSQL's time is in the wall time.
 *
 * <pre>{@code
 * java -cp adapters-local-http/target/adapters-local-http-0.1.0-SNAPSHOT.jar \
 *     bench/src/main/java/org/habittracker/bench/load/BoardQueryProbe.java <schema> <owner uuid>
 * }</pre>
 */
public final class BoardQueryProbe {
    private static final String SQL = "SELECT habit_id, day, status, amount, note FROM check_ins "
            + "WHERE owner_id = ? ORDER BY habit_id, day";
    private static final int WARM_UP = 300;
    private static final int MEASURED = 500;

    private BoardQueryProbe() {
    }

    private record Row(UUID habit, LocalDate day, String status, BigDecimal amount, String note) {
    }

    public static void main(String[] args) throws SQLException {
        String schema = args[0];
        UUID owner = UUID.fromString(args[1]);
        String base = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres&currentSchema=" + schema;
        measure("text results (prepareThreshold=0, as the adapter runs)", base, Map.of("prepareThreshold", "0"), owner);
        measure("binary results (prepareThreshold=-1, force_custom_plan)", base,
                Map.of("prepareThreshold", "-1", "options", "-c plan_cache_mode=force_custom_plan"), owner);
    }

    private static void measure(String label, String url, Map<String, String> settings, UUID owner)
            throws SQLException {
        Properties properties = new Properties();
        properties.putAll(settings);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (Connection connection = DriverManager.getConnection(url, properties)) {
            int rows = 0;
            for (int i = 0; i < WARM_UP; i++) {
                rows = read(connection, owner);
            }
            long cpu = threads.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            for (int i = 0; i < MEASURED; i++) {
                read(connection, owner);
            }
            double cpuMs = (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / MEASURED;
            double wallMs = (System.nanoTime() - wall) / 1e6 / MEASURED;
            System.out.printf("%-58s %d rows: JVM CPU %.3f ms, wall %.3f ms a query%n", label, rows, cpuMs, wallMs);
        }
    }

    private static int read(Connection connection, UUID owner) throws SQLException {
        Map<UUID, List<Row>> byHabit = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(SQL)) {
            statement.setObject(1, owner);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    UUID habit = rs.getObject(1, UUID.class);
                    byHabit.computeIfAbsent(habit, h -> new ArrayList<>()).add(new Row(habit,
                            rs.getObject(2, LocalDate.class), rs.getString(3), rs.getBigDecimal(4), rs.getString(5)));
                }
            }
        }
        return byHabit.values().stream().mapToInt(List::size).sum();
    }
}
